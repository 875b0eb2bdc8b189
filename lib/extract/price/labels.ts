/**
 * What a labelled price means: the price you pay now, a comparison (list)
 * price, the effective price after coupons and subsidies, or a reference
 * such as the EU's "lowest price of the last 30 days".
 */
import { normalizeText } from './normalize';

export type PriceLabel = 'current' | 'list' | 'effective' | 'reference';

// A price not every buyer pays, its words by kind: the pattern is built on first use, so a bundle that never classes a
// label (the live-room script) leaves the words out.
let effectiveOnce: RegExp | undefined;
function effective(): RegExp {
  effectiveOnce ??= new RegExp(effectiveKinds().join('|'), 'gi');
  return effectiveOnce;
}

function effectiveKinds(): string[] {
  // For members, club and loyalty-card holders only, or for those who sign in ("Club Price", "Mitgliederpreis", "Als
  // Mitglied zahlen Sie nur", "цена по карте", "Prezzo Carta Unieuro Club", "Τιμή με κάρτα", Amazon's "Precio para
  // miembros Prime", JD's "PLUS价", Fnac's "Adhérents Fnac+", Trendyol's "Plus'a Özel Fiyat", Tchibo's "Mit TchiboCard",
  // Douglas's "Beauty Card-prijs", GAMMA's "klantenkaart", CVS's "Sale with ExtraCare card"). (Thai's ำ written as ํา
  // too, its form after NFKC, as labelText reads it.)
  const MEMBERS = [
    String.raw`\bshareholders?'? (?:price|pricing)\b|\b(?:prime|member|club) exclusive price\b|\bcard-?prijs\b`,
    String.raw`\balleen voor leden\b|\bplus['’]?a özel|üyelerine özel|\bprime[- ]?(?:preis|pris|prijs|price)\b`,
    String.raw`\bjoin [a-z]+ to (?:buy|get) (?:this|it)\b|\b(?:prix|precio|prezzo|cena|pris|preço) prime\b`,
    String.raw`\bprezzo esclusivo prime\b|\bexklusive[rn]? prime-?preis\b|\bprix exclusif prime\b`,
    String.raw`\bprecio exclusivo prime\b|\b(?:prix )?avec (?:la|votre|ma) carte\b|\bmembers?'?s?'? (?:only )?price`,
    String.raw`\bmembers pay\b|\bklantenkaart\b|\bmet (?:de |je |uw )?[a-z]*kaart\b`,
    String.raw`\b(?:sale|deal|price) with (?:your |the |an? )?(?:[a-z]+ ){0,2}card\b`,
    String.raw`\b(?:advantage|loyalty|club|member(?:ship)?|rewards?|store|bonus|discount|privilege) card price\b`,
    String.raw`\bonly with (?:your|the|a) (?:[a-z]+ ){0,3}card\b|ราคา(?:ส(?:ำ|ํา)หรับ|ของ)?\s?สมาชิก`,
    'ส(?:ำ|ํา)หรับสมาชิก|giá (?:dành cho |cho )?thành viên|ưu đãi (?:thêm )?cho s?member',
    String.raw`\bexclusivo para (?:assinantes|membros|sócios|socios|miembros|suscriptores)\b|\bmembers\s?:`,
    String.raw`\bsepette\b|מחיר (?:ל|ב)מועדון|\bs klubom\b|\bcena s klub|\bmembers (?:get|save|pay only)\b`,
    String.raw`\b[a-z]card price\b|\bclub\s?:|\bcard\s?:|\bsu (?:[a-ząčęėįšųūž]+ )?kortele\b`,
    String.raw`\bar (?:[a-z\d.āēīūčšžģķļņ]+ ){0,3}kart[ei]\b|\bklienta kartes cena\b|\bcena s [a-z]*plus(?![a-z])`,
    'для (?:владельцев|держателей) карт|для власників карт|ваша (?:персональная )?скидка|ваша знижка',
    String.raw`\brewards (?:[a-z]+ )?price\b|\bcmr\b|\b(?:club|klubb) [a-zåäöæø]+-pris\b|\bplus price\b|քարտով գին`,
    String.raw`\bgenius[- ](?:ár|pre[țţt]|price|cena|цена)|\bplus[- ]preis\b|\bfirst price\b`,
    String.raw`\boff with (?:your |the )?card\b|\bmember(?:s|'s)? offer\b`,
    String.raw`\blog ?in to (?:get|see) (?:this|the|our) price\b|\bfor members\b|\bpentru membri\b`,
    String.raw`\bpre[țt] genius\b|für mitglieder|pour les membres|para socios|\bclubcard price|\bnectar price`,
    String.raw`\bklubbpris|\bclub-?pris\b|\bplus-?pris\b|\bmedlemspris|\bjäsenhinta`,
    String.raw`\b(?:with|z|mit) (?:[a-z]+ )?plus\b|\bclub[a-z]*!? price|\bloyalty price`,
    String.raw`\bprice with (?:your )?(?:points|card|membership)|\bprice with (?:your |the |an? )?[a-z]{1,12}card\b`,
    String.raw`\bwith (?:your )?(?:loyalty|member(?:ship)?|club|rewards) card\b|mitgliederpreis`,
    String.raw`\bmitglieder (?:erhalten|zahlen|sparen)\b|\bals (?:club-?)?mitglied (?:zahlen|erhalten|sparen)\b`,
    'цена для (?:[a-zа-яё]+ )?(?:club|клуба?)(?![a-zа-яё])|club[- ]?mitglieder',
    String.raw`\bclub members\b(?! (?:earn|collect|get) (?:\d+x? )?(?:points|rewards))|\bmembers save\b`,
    String.raw`club[- ]?preis|club-?prijs|ledenprijs|kundenkartenpreis|\bcard[- ]?preis\b|\bkartenpreis\b`,
    'mit (?:der )?(?:[a-zäöüß]+ ){0,2}kundenkarte',
    String.raw`\bmit (?:der |deiner |ihrer |einer )?[a-zäöüß]+(?:-?karte|[- ]?card)\b`,
    String.raw`prix (?:membre|adhérent|fidélité|club|carte)\b|\badhérents? ?:|\badhérents\b|\baderentes?\b`,
    String.raw`\bpour les adhérents\b|avec (?:la |votre |ma )?carte (?:de )?fidélité`,
    String.raw`precio (?:socio|club|miembro)\b|pre[çc]o (?:de |para )?s[óo]cios?\b|\bpara s[óo]cios\b|\bmembros\b`,
    String.raw`precio (?:con )?tarjeta\b|\bprezzo (?:con (?:la )?)?carta\b|τιμή με (?:την )?κάρτα`,
    String.raw`(?:^|\s)με (?:την )?(?:[a-z]+ )?(?:card|κάρτα)|\bpreu (?:de |per a )?socis?\b|\bper a socis\b`,
    String.raw`\bpreu (?:amb )?targeta\b|bazkide(?:en)? prezio|bazkideentzat|κάρτα μέλους`,
    String.raw`\bprecio para (?:miembros|socios)\b|\bprezzo per (?:i )?(?:clienti|membri|soci) prime\b`,
    String.raw`mitgliedspreis|prezzo (?:soci|club|riservato)\b|cena klubowa|dla stałych klientów|dla członków klubu`,
    String.raw`\b(?:club|klub) (?:cijena|cena)\b|cena dla członków|cena s kartico|klubová cena|клубная цена`,
    'по клубной программе|цена (?:по (?:[а-яё]+ )?карте|для членов|для участников|с картой)',
    '(?<![а-яё])(?:для )?участник(?:ов|ам) (?:[а-яё]+ )?клуба',
    String.raw`(?<![a-zа-яё])[сc] (?:[a-zа-яё]+ )?(?:картой|картата|карта)(?![а-яё])|\bcu cardul\b`,
    'מחיר (?:למנויי|לחברי|לחברים|מועדון)|לחברי (?:ה)?מועדון|سعر (?:الأعضاء|العضوية|النادي)|لأعضاء',
    String.raw`\bvip price\b|メンバー価格|会員価格|ціна (?:за карткою|з карткою)|会员价|會員價|(?:pro|plus|vip)\s?(?:会员|會員)|会员再享`,
    String.raw`\b88\s?vip\b|vip\s?再享|會員再享|超级vip|超級vip|\bsvip\b|plus\s?(?:会员)?[价價]|와우할인가|회원\s?(?:할인)?가|멤버십가`,
    String.raw`\bcon (?:la )?carta\b|cart[ãa]o (?:leitor|cliente|fnac)|\bcom (?:o )?cart[ãa]o\b`,
    String.raw`\briservat[oa] ai (?:titolari|possessori)\b|\bper i (?:titolari|possessori) (?:della|di) carta\b`,
    String.raw`\bexclusivo (?:para )?(?:titulares|portadores) (?:do|de) cart[ãa]o\b|постоянного покупателя`,
    String.raw`персональная скидка|pre člen(?:ov|a)\b|pro člen(?:y|a)\b|dla członków|za član(?:ove|e)\b|tagoknak`,
    '(?<![א-ת])חברי מועדון|للأعضاء',
  ].join('|');
  // For some buyers only: students, key workers, the trade and business accounts, a family, a gift registry's owner
  // (Blackwell's "Students save 10%", FPT's "Ưu đãi sinh viên", "教育优惠价", Amazon Business's "Business Price: £43.32
  // (excl. VAT)", "法人価格").
  const BUYERS = [
    'ưu đãi sinh viên|thẻ sinh viên',
    String.raw`\bfamily[- ]?(?:price|preis|pris|prijs|prix|precio|prezzo|cena|hinta)\b`,
    String.raw`\bregistry (?:completion )?(?:discount|price)\b|\bcompletion discount\b`,
    String.raw`\bstudent (?:price|discount|offer)s?\b|\bstudents? (?:save|pay)\b|\bfor students\b|\bstudents? get\b`,
    String.raw`\bunidays\b|\bstudent ?beans\b|\bstudents?\s?(?:&|and|\/)\s?(?:key workers?|teachers|nhs)\b`,
    String.raw`\bkey workers?\b|\bnhs (?:staff|workers?|discount)\b|\bblue light (?:card|discount)\b|\bid\.me\b`,
    String.raw`\btrade (?:account )?price\b|\bhandwerkerpreis\b`,
    String.raw`\bbusiness[- ]?(?:price|preis|prix|precio|prezzo|prijs|pris|cena)\b|法人(?:会員)?価格|教育(?:优惠|優惠)?[价價]`,
    '学生[价價]|學生[價价]|认证后|認證後',
  ].join('|');
  // For paying one way: a bank's card or a pay service (Korean malls' "신한카드 결제 시 22,227원" and "롯데카드 10% 할인", Blibli's
  // "pakai Kartu Kredit BCA", Flipkart's "₹50,340 with Flipkart Axis Bank Credit Card"), a wire transfer ("Wire
  // Transfer Price:", "Precio por transferencia"), credit, cashback.
  const PAYING = [
    String.raw`\bwith (?:[a-z]+ ){1,4}(?:credit|debit) cards?\b|\bpakai kartu kredit\b|\bdengan kartu kredit\b`,
    String.raw`카드\s?(?:\d{1,2}\s?%\s?)?(?:청구\s?)?할인|ราคาพิเศษบัตร|\bkart(?:ı)? ile\b|\b(?:con|por) transferencia\b`,
    String.raw`\bprecio (?:(?:con|por|de) )?transferencia\b|^\s*tarjeta\s+[a-záéíóúñ]{2,}`,
    String.raw`\bcon (?:tu |su |la )?tarjeta(?:\s+[a-záéíóúñ]+){0,3}\s*:|\bprecio a cr[ée]dito\b`,
    String.raw`\bcashback\b[^.!?\d:]{0,20}:|\b(?:wire|bank) transfer price\b`,
    String.raw`\bprice (?:by|with|via) (?:wire|bank) transfer\b|(?:카드|페이)\s?(?:로\s?)?결제\s?시|카드\s?할인가`,
    String.raw`\bz kartą(?![a-ząćęłńóśźż])|\bhavale(?:\s?\/\s?eft)? ile\b|\beft ile\b|\bs kartou\b|\bs kartičkou\b`,
    String.raw`kártyával\b|при оплате (?:[a-zа-яё]+ )?картой`,
  ].join('|');
  // With a plan signed up to: a subscription, a contract, repeat delivery (Nespresso's "With a coffee subscription
  // £82.00", a roaster's "Subscribers pay €34.20", "Subscribe & Save", "mit Vertrag").
  const PLANS = [
    String.raw`\bsubscribers pay\b|\bsubscriber(?:'s|s'?)? price\b|\bprix abonnés?\b|\babonnentenpreis\b`,
    String.raw`με πρόγραμμα|\bwith (?:a |an? )?(?:[a-z]+ )?(?:plan|contract)\b|\bmit vertrag\b`,
    String.raw`\bavec (?:un )?forfait\b|\bs ugovorom\b|с договор|\bz abonamentem\b|\bmet (?:een )?abonnement\b`,
    String.raw`\bsubscri(?:be|ption) (?:&|and) save|\bsubscription price`,
    String.raw`\bwith (?:a |an |your )?(?:[a-z]+ )?subscription\b|\bwhen you sign up (?:to|for)\b|\bim abo\b`,
    String.raw`\babo-?preis|\bspar-?abo|\bautoship\b|\brepeat delivery|prix (?:en )?abonnement`,
    'precio (?:de )?suscripci[óo]n',
  ].join('|');
  // After coupons, codes, vouchers, points, subsidies, a trade-in or threshold discounts: the words content commerce
  // puts next to the sticker price ("到手价", "券后", "クーポン利用で", "쿠폰적용가", "Mit Gutschein", "with code SAVE10", Myntra's
  // "Best price:").
  const COUPONS = [
    String.raw`\bbest price\s?:|\bprix estimé|ポイント(?:ご)?利用(?:で|時|後)|実質(?:価格)?|ポイント充当|到手价|到手價|券后|券後|预估到手|預估到手|预计到手`,
    String.raw`折后价|折後價|折扣后价|折扣後價|活动后|补贴后|補貼後|用券后|领券后|叠加后|实付|實付|final price (?:after|with)\b|after coupon`,
    String.raw`with coupon|\bprice after (?:all )?discounts\b|\bprix avec (?:les )?coupons\b|\bprecio con cupones\b`,
    String.raw`\bprezzo con coupon\b|\bpreço com cupons\b`,
    String.raw`\bafter applying (?:the |a |an |your )?(?:coupons?|codes?|vouchers?|promo(?:tion)? codes?)\b`,
    String.raw`\bcoupon price\b|\bget it for\b|\bafter trade[- ]?in\b`,
    String.raw`\bwith (?:an? )?(?:eligible |qualifying )?trade[- ]?in\b|sau thu cũ|effective price|net price after`,
    'nach gutschein|prix après (?:coupon|code|odr|offre de remboursement|remboursement)',
    String.raw`precio final con cupón|クーポン適用(?:後|価格)|クーポン対象|최대\s?할인가|최대\s?혜택가|혜택가|나의\s?할인가`,
    String.raw`(?:クーポン|コード)\s?[A-Za-z0-9_-]{0,20}\s?を?(?:利用|使用|入力|適用)\s?(?:で|時|後)|실구매가|쿠폰\s?적용\s?가`,
    String.raw`\bwith (?:the )?(?:promo |coupon |discount |voucher )?code\b`,
    String.raw`\b(?:use|enter|apply) (?:the )?(?:promo |coupon |discount |voucher )?code\b|\bs kódem\b|\bs kódom\b`,
    String.raw`\bz kodem\b|\bz kuponem\b|\bmit (?:dem )?(?:rabatt|gutschein|aktions)?code\b|\bmit gutschein\b`,
    String.raw`\bmit (?:\d+ ?% ?)?coupon\b|\bavec (?:le )?code\b|\bcon (?:el )?(?:código|cupón)\b`,
    String.raw`\bcon (?:il )?(?:codice|coupon)\b|\bmet (?:de )?(?:kortings)?code\b|\bcom (?:o )?(?:cupom|código)\b`,
    String.raw`kóddal|kuponnal|\bcu (?:codul|cod)\b|\bmed (?:rabatt)?koden?\b|koodilla|по промокоду|с промокодом`,
    String.raw`kuponla|쿠폰할인가|쿠폰\s?(?:받으면|받고|적용\s?시|사용\s?시)|(?:ポイント|point)還元|\bcu voucher(?:ul)?\b`,
    String.raw`\bcod(?:ul)? (?:de )?(?:voucher|cupon|reducere|promo[țţ]ional)\b`,
    'κωδικ(?:ό|ός|ού) (?:έκπτωσης|κουπονιού)|με (?:το )?κουπόνι|код(?:а)? за отстъпка|(?<![а-я])с ваучер',
    String.raw`\bkod(?:om)? za popust\b|\b(?:s|sa|uz) (?:promo )?kodom\b|\bwith (?:the |a )?voucher\b`,
    String.raw`\bs (?:kupónem|kuponom|kódem|kódom)\b|\bz kuponem\b|\bcon (?:el )?cup[óo]n\b`,
  ].join('|');
  // For a second unit bought with the first ("Precio 2ª unidad: 2,54 €") or with another product ("Bundle price with
  // matching joggers:", "Bundle: Art Case + Crayola Markers for £24.50", Tsukumo's "セット価格 ¥99,600" with a CPU).
  const BUNDLES = [
    String.raw`まとめ買い(?:価格)?|セット割(?:引)?(?:価格)?|\b(?:bundle|combo) (?:price|deal|offer)\b|セット(?:価格|販売価格|割引価格)`,
    String.raw`同時購入(?:価格|で)|^\s*(?:bundle|combo)\s*:|\bprice with matching\b|\b(?:2|segund)[ao]?\s?unidad\b`,
    String.raw`\b2nd (?:item|unit)\b|\bsecond (?:item|unit)\b|\b2(?:e|ème|eme)\s(?:article|produit)\b`,
    String.raw`\bzweite[rs]? (?:artikel|stück)\b|\bseconda unità(?![a-z])|\b2°\s?pezzo\b`,
    String.raw`\btweede (?:artikel|product)\b`,
  ].join('|');
  // For buying it one way: fetched from a shop ("-5% sur les livres en retrait magasin : 21,85 €"), in an app ("Cena w
  // aplikacji"), through the TV channel (ETMall's 電視價), through a cycle-to-work scheme.
  const CHANNELS = [
    String.raw`\bcena w aplikacji\b|\bw aplikacji\b|电视价|電視價|\bapp-?preis\b|\b(?:in-?)?app(?:-only)? price\b`,
    String.raw`\ben retrait (?:en )?magasin\b|\bbei abholung im markt\b|\bwith (?:in-?store )?pick-?up\b`,
    String.raw`\bcycle[- ]?to[- ]?work\b|\bcyclescheme\b|\bbike ?2 ?work\b`,
  ].join('|');
  return [MEMBERS, BUYERS, PAYING, PLANS, COUPONS, BUNDLES, CHANNELS];
}
/**
 * Words that head a price history, a pattern's source: a block of past prices under them (see the DOM heuristic's
 * headings of other products) or, with a colon, the label of one past price ("История цены: 23 990 ₽" on a comparison
 * page with no offer left, Geizhals' "Preisentwicklung: 1.199,00 €", Árukereső's "Ártörténet: 32 990 Ft"); or a
 * market's figures for the model, Chrono24's "Market insight for this reference" over its lowest and average listings.
 */
export const PRICE_HISTORY = String.raw`price (?:history|trend)|market (?:insights?|value|data|overview)\b|fiyat geçmişi|preis(?:verlauf|historie|entwicklung)|historique des prix|évolution du prix|historial de precios|evolución del precio|storico (?:dei )?prezzi|andamento del prezzo|historia cen|historie cen|história cien|vývoj cen[ya]?|istoricul prețurilor|evoluția prețului|история цен|динамика цен|історія цін|prijs(?:geschiedenis|verloop|historie)|histórico de preços|ιστορικό τιμών|lịch sử giá|ártörténet|árváltozás|价格(?:走势|历史)|历史价格|價格(?:走勢|歷史)|歷史價格|価格(?:推移|履歴)|가격\s?(?:변동|추이)`;
const PRICE_HISTORY_LABEL = new RegExp(`(?:${PRICE_HISTORY})\\p{L}*\\s*[:：]`, 'giu');

// The EU "lowest price of the last 30 days" shown beside a discount (Omnibus directive), a price history's lowest or
// highest or average of the last month or months ("Минимальная цена за последний месяц", "Χαμηλότερη τιμή (3 μήνες)",
// "lowest price in 90 days"), or a comparison site's last price seen when no shop offers it ("Letzter bekannter
// Bestpreis", "Ostatnia znana cena"), or a used item's price new (Sofmap's "新品価格 ¥115,280" under its ¥101,800), or a
// car's valuation ("Estimation argus"), or a comparison site's lowest price of other shops ("価格.com最安価格"), or a
// resale market's history ("Average Sale Price", "Last Sale: $372"), or a coming product's guessed price (Smartprix's
// "Expected Price: ₹64,999"), or one last seen or lowest before (Vivino's "Last seen at $329.99" on a sold-out
// vintage, Komplett's "Tidigare lägsta pris 1 390:-"), or what the shop pays for one (CeX's "WeBuy for voucher
// £240"): a reference, neither the price nor a list price.
const REFERENCE =
  /(?:lowest price|highest price|höchste[rn]? preis|prix le plus (?:haut|élevé)|precio más alto|prezzo più alto|najwyższa cena|υψηλότερη τιμή|максимальная цена|самая высокая цена|найвища ціна|максимальна ціна|(?:niedrigste|tiefste)[rn]? (?:gesamt)?preis|(?:tiefst|niedrigst)preis|najniższa cena|prix le plus bas|prezzo più basso|precio más bajo|laagste prijs|nejnižší cena|najnižšia cena|najniža cijena|najniža cena|најнижа цена|najnižja cena|legalacsonyabb ár|cel mai mic preț|lägsta pris|laveste pris|alhaisin hinta|preço mais baixo|χαμηλότερη τιμή|zemākā cena|žemiausia kaina|madalaim hind|най-ниска цена|минимальная цена|самая низкая цена|найнижча ціна|мінімальна ціна)\D{0,50}(?:30|(?:\d{1,3}\s?)?(?:month|monat|mois|mes[ei]?\b|miesi|měsíc|mesiac|maand|månad|måned|kuukau|месяц|місяц|μήν|μην|days?\b|tage|jours|días|dias|giorni|dagen|dni\b|dn[ůí]|dana\b|dien|päeva|дн|ημέρ|ημερ))|average (?:sale |selling |resale |sold )?price|\blast sale\b|\bprice guide\b|en düşük fiyat[ıi]?|価格\.com最安(?:価格|値)|過去\d+日(?:間)?の最(?:低価格|安値)|他店最安(?:価格|値)|\b(?:estimation|cote|valeur) argus\b|新品(?:時)?価格|durchschnittspreis|prix moyen|precio medio|prezzo medio|średnia cena|průměrná cena|средняя цена|середня ціна|last known (?:best )?price|\b(?:tidigare|tidligere|forrige) (?:lägsta|laveste) pris|\bprevious lowest price|\blast seen (?:at|for)\b|\bwe ?buy for\b|\bcompramos\b|\btrade[- ]in (?:value|price)\b|\bvorheriger (?:tiefst|niedrigster )preis|\bexpected (?:launch |release )?price\b|\bzuletzt gelistet\b|\blast listed\b|letzter bekannter (?:best)?preis|dernier prix connu|último precio conocido|ultimo prezzo noto|laatst bekende prijs|ostatnia znana cena|posledn[íiáa] zn[áa]m[áa] cena|последняя (?:известная )?цена|остання (?:відома )?ціна|τελευταία (?:γνωστή )?τιμή/gi;
// Comparison prices: struck-through, suggested retail, "was", or the price before a cut ("Price dropped from $52",
// "Reduced from £50").
const LIST =
  /\b(?:price )?(?:dropped|reduced|lowered|marked down|cut) from\b|\breduziert von\b|原价|原價|划线价|劃線價|参考价|參考價|吊牌价|吊牌價|市场价|市場價|\bmarket (?:price|value)\b|marktpreis|marktwert|prix (?:du|de) marché|precio de mercado|valor de mercado|prezzo di mercato|\bestimated (?:market )?value\b|专柜价|專櫃價|日常价|日常價|门市价|門市價|建议零售价|建議零售價|建议售价|建議售價|市售价|市售價|指导价|指導價|(?<!限)定价|(?<!限)定價|通常価格|参考(?:基準)?価格|参考上代|希望小売価格|メーカー希望|(?<!限)定価|정가|권장소비자가|\bwas\b|\bveil\.|\bord\.(?=\s|$)|m\.r\.p|list price|\blist\b|\brrp\b|\b[ua]vp\b|\bmsrp\b|\bmrp\b|\bstatt\b|\bpvpr?\b|^\s*de\s*$|pvp recomendado|prix conseillé|prix public|prix de référence|prix barré|ancien prix|prezzo consigliato|prezzo di listino|prezzo pieno|precio anterior|precio de referencia|\bantes\b|preço antigo|\bde:|regular price|^\s*regular\s*:\s*$|prix r[ée]gulier|\br[ée]g\.(?=\s|$)|\breg\s|\breg:|compare at|suggested (?:retail )?price|\best(?:imated|\.)? retail(?: price| value)?\b|\bretail value\b|^\s*(?:total |set |gift )?value\s*:?\s*$|\boriginal retail\b|recommended retail price|unverb(?:indliche|\.) preisempf|originally|typical price|\btypically\b|old price|previous price|preporučena (?:maloprodajna )?(?:cijena|mpc)|adviesprijs|van\b|cena katalogowa|cena regularna|běžná cena|před slevou|старая цена|цена без скидки|ціна без знижки|обычная цена|стара ціна|звичайна ціна|(?<![\wа-яёіїєґ])было(?![\wа-яёіїєґ])|normalpris|ordinarie pris|\bord\.? ?pris|(?<![a-zæøå])før(?![a-zæøå])|førpris|tidigare pris|tidligere pris|veiledende pris|\brek\.? ?pris\b|rekommenderat (?:cirka)?pris|\bca-?pris\b|suositushinta|vejl\. pris|liste fiyatı|giá gốc|harga normal|precio normal|prix normal|normalpreis|\bnorm\.(?![a-zäöå])|\bnormal\s?:|^\s*normal\s*$|ราคาปกติ|\bbisher\b|alter preis|ursprünglicher preis|au lieu de|prix initial|prix d'origine|precio (?:regular|de lista|original|habitual)|invece di|prezzo originale|neupreis|prix (?:du )?neuf|precio (?:de )?nuevo|prezzo (?:del )?nuovo|\bnew price\b|\bcompare\s*:\s*$|prezzo precedente|prix précédent|vorheriger preis|oude prijs|oorspronkelijke prijs|norm\.? pris|norm\.? hinta|normaalihinta|ohjehinta|(?<![a-zäö])ennen(?![a-zäö])|\bovh\b|^\s*(?:normaal|prima|förr|prej)\s*:?\s*$|(?:stara|poprzednia|pôvodná|stará|redovna|stara|senā) (?:cena|cijena)|pôvodná cena|ankstesnė kaina|vana hind|стара цена|eski fiyat|ilk fiyat|piyasa fiyatı|αρχική τιμή|παλιά τιμή|מחיר (?:מקורי|קודם)|السعر (?:الأصلي|الاصلي|القديم)|기존가|소비자가|원가|harga (?:asli|coret)/gi;
/**
 * Words of shops in many languages that name the price charged now ("Jetzt", "Actieprijs", "Akční cena", "מחיר מבצע"):
 * a pattern's source, shared by `classifyPriceLabel` and the DOM heuristic's reading of the words before an amount.
 */
export const NOW_WORDS = String.raw`\bjetzt\b|\bahora\b|\bora\b|actieprijs|\bnu\b|\bteraz\b|tilbudspris|\btilbud\b|kampanjpris|tarjoushinta|προσφορά|pre[țt] promo[țt]ional|akciós ár|\bpromo\b|cena promocyjna|akční cena|акционная цена|цена со скидкой|harga promo|giá khuyến mãi|ราคาพิเศษ|מחיר מבצע|سعر العرض`;
// The price being charged now.
const CURRENT = new RegExp(
  String.raw`(?:淘宝|天猫|京东|易购|当当|唯品|考拉)价|预售价|促销价|促銷價|网路价|網路價|网络价|秒杀价|秒殺價|直播价|直播價|现价|現價|售价|售價|活动价|活動價|抢购价|搶購價|折扣价|特价|特價|特価|优惠价|優惠價|拼团价|拼團價|价格|價格|您的價格|您的价格|販売価格|価格|特別価格|セール価格|판매가|할인가|\bprice\b|\bnow\b|\bsale\b|our price|deal price|your price|you pay|\bpreis\b|angebot|\bprix\b|\bprecio\b|\bprezzo\b|\bpreço\b|\bcena\b|(?<![\wа-яёіїєґ])(?:цена|ціна)(?![\wа-яёіїєґ])|\bpris\b|\bprijs\b|\bfiyat|\bgiá(?![\wà-ỹ])|\bharga\b|ราคา|(?<![a-zà-ÿ])ár(?![a-zà-ÿ])|\bhinta\b|τιμή|מחיר|السعر|가격|\bcijena\b|\bkaina\b|\bhind\b|(?<![a-zà-ÿăâîșț])pre[țt](?![a-zà-ÿăâîșț])|precio internet|^\s*internet\s*$|precio oferta|aktionspreis|sonderpreis|deal of the day|lightning deal|angebot des tages|blitzangebot|offre du jour|vente flash|oferta del día|oferta relámpago|offerta del giorno|offerta lampo|(?<![\wа-яёіїєґ])сейчас(?![\wа-яёіїєґ])|indirimli fiyat|${NOW_WORDS}`,
  'gi',
);

// The price for everyone else, beside a members' one ("Non-member price", "Nicht-Mitglieder", "sans carte"): a
// current price, though its words hold a members' wording.
const FOR_NON_MEMBERS =
  /\bnon[- ]?(?:members?|shareholders?)'?s?'?(?: price)?|\bnon[- ]?club(?: price)?\b|\bnon[- ]?adhérents?|nicht[- ]?mitglieder(?:preis)?|\bsans carte(?: de fidélité)?|\bsin tarjeta|\bbez karty|без (?:[a-zа-яё]+ )?карты|\bwithout (?:a |your |the )?(?:loyalty |member(?:ship)? |club |rewards )?card\b/gi;

/** The text normalized for classing, a price for non-members named as a plain price. */
function labelText(text: string): string {
  // (Turkish's dotted capital İ folds to "i̇", two characters, under the patterns' case-blindness: "İlk fiyat" would
  // miss "ilk fiyat".)
  // (Nor a Chinese label spaced out for its look, "会 员 价", "原 价": read as written solid.)
  return normalizeText(text)
    .slice(0, 200)
    .replace(/İ/g, 'i')
    .replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '')
    .replace(FOR_NON_MEMBERS, 'price');
}

const LATIN = /[a-z]/i;
const LETTER = /\p{L}/u;

/**
 * The first match of a label pattern (global) that is a word of the text. A pattern's `\b` knows only ASCII letters,
 * so "Mănușă" holds a `\bnu\b` (Dutch "now") between its ă and ș, and "Vană" a "van" ("was"): a match whose first or
 * last letter runs on into a letter beyond ASCII is skipped.
 */
function wordMatch(re: RegExp, text: string): string | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    re.lastIndex = m.index + 1;
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + w.length] ?? '';
    if (LATIN.test(w[0] ?? '') && before > '\x7f' && LETTER.test(before)) continue;
    if (LATIN.test(w[w.length - 1] ?? '') && after > '\x7f' && LETTER.test(after)) continue;
    return w;
  }
  return undefined;
}

/** The wording that marks a price as the one after coupons ("到手价", "券后"), if the text has it. */
export function effectiveWording(text: string): string | undefined {
  return wordMatch(effective(), labelText(text));
}

/**
 * Classify a price's label ("券后价", "原价", "Was", "UVP", "Sale Price", "Lowest price of the last 30 days");
 * undefined when it names none.
 */
export function classifyPriceLabel(text: string): PriceLabel | undefined {
  const t = labelText(text);
  if (!t) return undefined;
  if (wordMatch(REFERENCE, t) !== undefined || wordMatch(PRICE_HISTORY_LABEL, t) !== undefined) return 'reference';
  if (wordMatch(effective(), t) !== undefined) return 'effective';
  if (wordMatch(LIST, t) !== undefined) return 'list';
  if (wordMatch(CURRENT, t) !== undefined) return 'current';
  return undefined;
}

// "IVA incluido", "inkl. MwSt.", "TVA incluse", "incl. VAT", "Cena s DPH": the shown price includes the tax.
// (Maybe run into the amount before it, two boxes' text joined: CEF's "£11.34inc VAT".)
const TAX_INCLUDED =
  /(?<![a-z_])inc(?:l(?:uding|usive|\.)?|\.)?\s?(?:tax|vat|btw|gst|mwst|moms)\b|\b(?:tax|vat|gst) incl|(?<![a-z_])inkl\.?\s?(?:mwst|ust|moms|mva)|\bmwst\.? inkl|\biva incluid[oa]|\biva inclus[oa]|\bincluye iva|\bcon iva\b|\btva (?:incluse|comprise)|\bttc\b|\binclusief btw|\bsis\. alv|\bvčetně dph|\bs dph\b|\bvrátane dph|\bz vat\b|\bbrutto\b|\bkdv dahil|(?<![\wà-ÿ])áfával|\bcu tva\b|с ндс|含税|税込|消費税込|כולל מע["״]?מ|شامل (?:ال)?ضريبة/i;

/** True when the text says prices include the sales tax (VAT, GST, IVA, MwSt …). */
export function saysTaxIncluded(text: string): boolean {
  return TAX_INCLUDED.test(text);
}

// Standard and reduced VAT / GST rates in use, as fractions (2.5 % … 27 %).
const TAX_RATES = [
  0.025, 0.026, 0.037, 0.038, 0.05, 0.055, 0.06, 0.07, 0.077, 0.081, 0.09, 0.1, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17,
  0.18, 0.19, 0.2, 0.21, 0.22, 0.23, 0.24, 0.25, 0.255, 0.27,
];

// The rates of the countries that price in a currency, where those are few (2021 and since): a ratio between two prices
// that is no rate of the page's currency is no tax ("3,168円 · 20%OFF · 3,960円" is 25 % up, a Nordic rate, not Japan's).
const TAX_RATES_BY_CURRENCY: Record<string, readonly number[]> = {
  JPY: [0.08, 0.1],
  KRW: [0.1],
  TWD: [0.05],
  CNY: [0.03, 0.06, 0.09, 0.13],
  HKD: [],
  SGD: [0.07, 0.08, 0.09],
  AUD: [0.1],
  NZD: [0.15],
  GBP: [0.05, 0.2],
  CHF: [0.025, 0.026, 0.037, 0.038, 0.077, 0.081],
  PLN: [0.05, 0.08, 0.23],
  CZK: [0.1, 0.12, 0.15, 0.21],
  RUB: [0.1, 0.2],
  INR: [0.05, 0.12, 0.18, 0.28],
  PKR: [0.17],
  BDT: [0.05, 0.075, 0.15],
  NPR: [0.13],
  ZAR: [0.15],
  AED: [0.05],
  SAR: [0.05, 0.15],
};

/**
 * The tax rate by which `gross` is `net` plus tax, if one is (amounts in minor units, rounded either way by a
 * unit or two): 4390 → 5311 is 21 %. Given the prices' currency, only the rates of the countries that use it.
 */
export function taxRateBetween(net: number, gross: number, currency?: string): number | undefined {
  if (!(net > 0) || !(gross > net)) return undefined;
  const slack = Math.max(2, Math.round(gross * 0.0005));
  const rates = (currency && TAX_RATES_BY_CURRENCY[currency]) || TAX_RATES;
  return rates.find((r) => Math.abs(net * (1 + r) - gross) <= slack);
}
