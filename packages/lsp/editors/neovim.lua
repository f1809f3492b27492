-- negolint in Neovim (0.7 and later): negotiation-plan findings, quick fixes,
-- hovers and the plan outline for Markdown buffers.
--
-- Use it as a module: copy this file to ~/.config/nvim/lua/negolint.lua and add
--
--   require('negolint').setup({
--     -- cmd = { 'negolint-lsp', '--stdio' },          -- default: the `negolint-lsp` bin on PATH
--     -- settings = { negolint = { run = 'onSave', rules = { ['walk-away-margin'] = 'off' } } },
--   })
--
-- or run it once: nvim -c 'luafile neovim.lua' plan.md (the server command can then
-- be given as JSON in $NEGOLINT_LSP_CMD, e.g. '["node","dist/bin.js","--stdio"]').
--
-- Written for Neovim 0.7 (Debian bookworm), which has vim.lsp.start_client but not
-- vim.lsp.start: one client per root folder, attached to every Markdown buffer under it.

local M = {}

M.defaults = {
  cmd = { 'negolint-lsp', '--stdio' },
  filetypes = { 'markdown' },
  -- The nearest folder with one of these is the workspace root (config lookup, workspace lint).
  root_markers = { '.negolintrc.json', '.negolintrc.yaml', '.negolintrc.yml', '.git' },
  -- Answered to the server's workspace/configuration requests (section "negolint").
  settings = { negolint = { enable = true, run = 'onType' } },
  init_options = {},
}

local clients = {}

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

local function find_root(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.loop.cwd()
  local current = dir
  while true do
    for _, marker in ipairs(markers) do
      if exists(current .. '/' .. marker) then
        return current
      end
    end
    local parent = vim.fn.fnamemodify(current, ':h')
    if parent == current then
      return dir
    end
    current = parent
  end
end

--- Attaches negolint to a buffer, starting a client for its root folder if needed.
function M.attach(bufnr, opts)
  opts = opts or M.options or M.defaults
  local root = find_root(bufnr, opts.root_markers)
  local id = clients[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client({
      name = 'negolint',
      cmd = opts.cmd,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
      settings = opts.settings,
      init_options = opts.init_options,
    })
    if not id then
      vim.notify('negolint: could not start ' .. table.concat(opts.cmd, ' '), vim.log.levels.ERROR)
      return nil
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- Attaches negolint to Markdown buffers, now and when they are opened.
function M.setup(opts)
  M.options = vim.tbl_deep_extend('force', M.defaults, opts or {})
  local group = vim.api.nvim_create_augroup('negolint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.options.filetypes,
    callback = function(args)
      M.attach(args.buf, M.options)
    end,
  })
  -- Buffers loaded before setup ran (e.g. the file named on the command line).
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.options.filetypes, vim.bo[buf].filetype) then
      M.attach(buf, M.options)
    end
  end
end

-- Run with :luafile (no module name passed): set up straight away.
if select('#', ...) == 0 then
  local cmd = vim.env.NEGOLINT_LSP_CMD
  M.setup(cmd and cmd ~= '' and { cmd = vim.fn.json_decode(cmd) } or nil)
end

return M
