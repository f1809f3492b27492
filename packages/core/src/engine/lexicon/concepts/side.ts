/** Which side of the table we are on, from the plan's own words. */
import type { Family } from '../types.js';

export const side: Family[] = [
  {
    tag: 'buyer-voice',
    why: 'We are buying: procurement, sourcing, tenders we run, the most we pay.',
    groups: [
      {
        why: 'A bidder names the other bidders and its own tender: "asked both bidders for a best and final", "our tender of 31 January".',
        idiom: true,
        phrases: ['the other bidder|bidders|tenderer|tenderers', 'other bidders|tenderers', 'both bidders|tenderers', 'two bidders|tenderers', 'competing bidder|bidders', 'our tender of|dated|submitted|price|was|went|with', 'can|could|may call off'],
        examples: ['Their procurement lead asked both bidders for a best and final offer.', 'The other bidder is cheaper.'],
      },
      {
        why: 'A buyer describes itself.',
        phrases: [
          'we are buy*', 'we are the buyer', 'we are the customer', 'we are the client', 'we are the tenant', 'we are the licensee',
          'we are purchas*', 'we are procur*', 'we are sourc*', 'we are lease', 'we are rent', 'we are hir*', 'we buy', 'we purchase',
          // In the first person: "this is my plan for buying it", "I'm buying", "my ceiling".
          'i am buy*', 'i am the buyer', 'i buy', 'i want to buy', 'i am looking to buy', 'plan for buying', 'my plan to buy', 'i will pay', 'i would pay', 'i pay', 'most i will|would pay', 'my ceiling', 'my max', 'my maximum',
          'we are looking to buy', 'we want to buy', 'procurement plan', 'purchasing plan', 'sourcing plan', 'buying plan', 'buy side',
          'buyer side', 'side buyer', 'our supplier', 'the supplier', 'our vendor', 'the vendor', 'supplier s', 'vendor s', 'their quote',
          'their price', 'they quote', 'they charge', 'the most we pay', 'most we will pay', 'our ceiling', 'our maximum', 'our max',
          'our budget', 'we pay', 'we will pay', 'we would pay', 'we are paying', 'we currently pay', 'pay more than', 'tenant', 'licensee',
          'our spend', 'our landlord', 'the landlord', 'incumbent supplier', 'the bidder', 'bidders', 'tender we run', 'our tender', 'our rfp', 'our rfq',
        ],
        examples: ['Mrs Pearson has a 1986 Yamaha U1 at £2,800 ONO, and this is my plan for buying it.', "I'm buying her car if the service history checks out.", 'Procurement plan: laptop refresh (we are the buyer).', 'The most we will pay is $1,000 a seat.'],
      },
      {
        why: 'The same in the languages plans are written in: "On achète un routeur CNC", "Compramos", "Wir kaufen", "notre plafond".',
        phrases: [
          // "On est l'acheteur", "somos el comprador", "wir sind der Käufer": we name our side.
          'on est l acheteur|acheteurs|client|acquéreur|acquereur', 'nous sommes l acheteur|acheteurs|acquéreur|acquereur', 'nous sommes acheteur|acheteurs|acheteuse|acheteuses|client|clients', 'on est acheteur|acheteurs', 'somos el|los comprador|compradores', 'somos o|os comprador|compradores', 'siamo l acquirente|acquirenti', 'siamo il compratore',
          'wir sind der|die käufer|kaufer|auftraggeber|besteller', 'wij zijn de koper|kopers|opdrachtgever', 'we zijn de koper|kopers|opdrachtgever',
          'on achète|achete', 'nous achetons', 'notre plafond', 'notre budget', 'le fournisseur', 'notre fournisseur', 'compramos', 'estamos comprando', 'nuestro techo', 'nosso teto', 'nuestro proveedor', 'nosso fornecedor', 'el proveedor', 'o fornecedor',
          'acquistiamo', 'compriamo', 'il nostro tetto', 'il fornitore', 'wir kaufen', 'wir beschaffen', 'unser lieferant', 'der lieferant', 'wij kopen', 'we kopen', 'onze leverancier', 'de leverancier',
          // Polish and Nordic: "Strona: kupujemy", "Vi köper", "nasz dostawca".
          'kupujemy', 'zamawiamy', 'nasz dostawca', 'dostawca', 'vi köper|koper', 'vi kjøper|kjoper', 'vi køber|kober', 'vår leverantör|leverantor', 'leverantören|leverantoren', 'vores leverandør|leverandor', 'vår leverandør|leverandor',
        ],
        examples: ["Rencontre : mardi, dans nos bureaux. On est l'acheteur.", 'Somos el comprador.', 'Wir sind der Käufer.', 'Strona: kupujemy', 'On achète un routeur CNC 5 pi × 10 pi pour remplacer la vieille Biesse.', 'Compramos 12 bicicletas de carga.', 'Wir kaufen zwei Stapler.'],
      },
      {
        why: 'Public and formal procurement speaks of the party it buys from: the contractor, the offeror, the bidder.',
        phrases: [
          'the contractor', 'contractor s', 'the offeror', 'offeror s', 'the bidder', 'the tenderer', 'tenderers', 'bidders', 'the government',
          'not to exceed', 'nte', 'igce', 'government cost estimate', 'price reasonableness', 'we award', 'award the', 'award to',
          // A call-off is the buyer's when it calls off, not a seller's customer calling off ("call-offs on 8-week notice").
          'purchase order', 'our po', 'we call off', 'our call off', 'call off contract|order|from', 'framework agreement', 'invitation to tender', 'our rfq', 'our rfp', 'request for quotation',
        ],
        examples: ['The contractor will argue the IGCE understates cleared-engineer rates.', 'We award only if the price is reasonable.'],
      },
    ],
  },
  {
    tag: 'seller-voice',
    why: 'We are selling: our price list, our quota, the customer buying from us.',
    groups: [
      {
        why: 'A seller describes itself.',
        phrases: [
          'we are sell*', 'we are the seller', 'we are the supplier', 'we are the vendor', 'we are the provider', 'we are the licensor',
          'we are the landlord', 'we sell', 'sell side', 'seller side', 'side seller', 'our customer', 'the customer', 'our client',
          'the client', 'our price', 'our rate', 'our list price', 'our price list', 'our rate card', 'our quote', 'we quote', 'we charge',
          'our fee', 'our margin', 'our quota', 'the lowest we', 'our floor', 'account plan', 'deal plan', 'renewal', 'upsell', 'they pay',
          'they will pay', 'they are paying', 'they currently pay', 'they buy', 'their budget', 'their procurement', 'their purchasing',
          // A bidder in someone else's tender: "the other bidder is cheaper", "our tender of 31 January", "our project margin".
          'the other bidder|bidders|tenderer|tenderers', 'both bidders|tenderers', 'our tender of|dated|submitted|price', 'our bid', 'our project margin', 'we submit', 'we tendered|bid',
        ],
        examples: ['Our rate card puts this at £950 a day.', 'They currently pay $18 a seat.'],
      },
      {
        why: 'The same in the languages plans are written in: "Nous vendons au Groupe Médical Léman", "Vendemos transporte", "Wir verkaufen".',
        phrases: [
          'on est le vendeur|fournisseur|prestataire', 'nous sommes le vendeur|fournisseur|prestataire', 'nous sommes vendeur|vendeurs|fournisseur|fournisseurs', 'on est vendeur|vendeurs|fournisseur', 'somos el vendedor|proveedor', 'somos o vendedor|fornecedor', 'siamo il venditore|fornitore',
          'wir sind der|die verkäufer|verkaufer|lieferant|anbieter', 'wij zijn de verkoper|leverancier', 'we zijn de verkoper|leverancier',
          'on vend', 'nous vendons', 'notre plancher', 'notre grille', 'le client', 'notre client', 'vendemos', 'estamos vendiendo', 'estamos vendendo', 'nuestro suelo', 'nuestro piso', 'nosso piso', 'el cliente', 'o cliente', 'nuestro cliente', 'nosso cliente',
          'vendiamo', 'il cliente', 'il nostro cliente', 'wir verkaufen', 'wir liefern', 'der kunde', 'unser kunde', 'wij verkopen', 'we verkopen', 'de klant', 'onze klant',
          'sprzedajemy', 'nasz klient', 'vi säljer|saljer', 'vi selger', 'vi sælger|saelger', 'vår kund', 'kunden', 'vores kunde', 'vår kunde',
        ],
        examples: ['On est le fournisseur.', 'Somos el proveedor.', 'Wij zijn de leverancier.', 'Vi säljer serviceavtal till Kvarnen.', 'Nous vendons au Groupe Médical Léman SA un portail patients.', 'Vendemos transporte frigorífico.', 'Wir verkaufen drei Linien.'],
      },
    ],
  },
];
