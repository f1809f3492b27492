-- Test driver, run after editors/neovim.lua: waits for negolint's diagnostics on the
-- current buffer, asks for the outline, prints both as one JSON line and quits
-- (exit 1 when nothing arrived in time).
local ok = vim.wait(20000, function()
  return #vim.diagnostic.get(0) > 0
end, 50)

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, {
    code = d.code or lsp.code,
    source = d.source,
    severity = d.severity,
    lnum = d.lnum,
    col = d.col,
    end_lnum = d.end_lnum,
    end_col = d.end_col,
    message = d.message,
  })
end

local symbols = {}
local responses = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 5000) or {}
for _, response in pairs(responses) do
  for _, s in ipairs(response.result or {}) do
    table.insert(symbols, s.name)
  end
end

io.stdout:write(vim.fn.json_encode({ ok = ok, diagnostics = diagnostics, symbols = symbols }) .. '\n')
vim.cmd(ok and 'qa!' or 'cquit 1')
