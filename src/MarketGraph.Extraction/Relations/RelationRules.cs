using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// The relation patterns, French and English, grouped by relation type. Kind letters: o organisation,
/// p public body, h person, t technology, f offering, c country.
/// </summary>
internal static class RelationRules
{

    public static readonly IReadOnlyList<RelationRule> All =
    [
        // ── OWNS_STAKE ────────────────────────────────────────────────────────────────────────────
        new("stake-active", RelationType.OwnsStake,
            @"{S:oph}{G:30}\b(?:détient|détiennent|détenait|possède|possèdent|contrôle|contrôlent|hold|holds|held|own|owns|owned|control|controls|has|have|had|took|takes|take|acquires?|acquired|a pris|ont pris|prend|prennent|a acquis|a racheté|rachète|monte à|porte sa participation à|détiendra|will hold|will own)\b[^⟦⟧.;]{0,40}?{PCT}[^⟦⟧.;]{0,40}?\b(?:de|du|des|dans|in|of|au capital de|d['’])\s*{o:opf}"),
        new("stake-no-percent", RelationType.OwnsStake,
            @"{S:oph}{G:30}\b(?:détient|détiennent|détenait|possède|possèdent|hold|holds|held|owns?|owned|has|have|had|took|takes|take|a pris|ont pris|prend|prennent|acquires?|acquired|a acquis|conserve|garde|keeps|retains)\s+(?:une?|a|an|la|the|sa|its|leur|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:participation|stake|shareholding|interest)\s+(?:[\p{L}-]+\s+){0,2}?(?:de|du|des|dans|in|au capital de|au capital d['’]|d['’])\s*{o:opf}"),
        new("stake-whole-capital", RelationType.OwnsStake,
            @"{S:oph}{G:30}\b(?:détient|détiennent|possède|possèdent|holds?|owns?|controls?|contrôle)\s+(?:(?:la totalité|l['’]intégralité|100\s?%)\s+du capital|all(?: of)? the (?:shares|share capital)|the entire share capital|all of)\s+(?:de|du|d['’]|of|in)?\s*{o:opf}"),
        new("stake-relative-shareholder", RelationType.OwnsStake,
            @"{o:opf}\s*,\s*dont\s+{S:oph}\s+(?:est|sont|était|étaient|reste|restent|demeure)\s+(?:l['’]|les?\s+|un\s+|une\s+|des\s+)?(?:premier\s+|principal\s+)?(?:actionnaires?|propriétaires?)\b"),
        new("stake-passive", RelationType.OwnsStake,
            @"{o:opf}[^⟦⟧.;]{0,40}?\b(?:détenue?s?|owned|held|contrôlée?s?|controlled)\s+(?:à\s+)?(?:{PCT}\s+)?(?:majoritairement\s+|conjointement\s+|jointly\s+|majority\s+)?(?:par|by)\s+{S:oph}"),
        new("stake-passive-pct-first", RelationType.OwnsStake,
            @"{o:opf}[^⟦⟧.;]{0,40}?{PCT}[- ]?(?:owned|held|détenue?s?)\s+(?:par|by)\s+{S:oph}"),
        new("stake-fronted", RelationType.OwnsStake,
            @"^[^⟦⟧]{0,20}?\b(?:détenue?s?|owned|held|contrôlée?s?)\s+(?:à\s+{PCT}\s+|majoritairement\s+|conjointement\s+|jointly\s+|majority\s+)?(?:par|by)\s+{S:oph}[^;]{0,120}?,\s*{o:opf}") { Presupposed = true },
        new("stake-majority", RelationType.OwnsStake,
            @"{S:oph}\s+(?:will be|are|is|were|was|seront|sont|est|sera)\s+(?:the\s+|les\s+|l['’]|le\s+)?(?:majority (?:investors?|shareholders?|owners?)|actionnaires? majoritaires?|investisseurs majoritaires)\s+(?:in|of|de|du|d['’])\s*{o:opf}"),
        new("stake-possessive", RelationType.OwnsStake,
            @"{s:oph}['’]s\s+{PCT}\s+(?:stake|interest|shareholding)\s+in\s+{o:opf}") { Presupposed = true },
        new("stake-held-by", RelationType.OwnsStake,
            @"{PCT}\s+(?:stake\s+)?(?:in\s+{o:opf}\s+)?(?:to be\s+)?(?:held|owned)\s+by\s+{s:oph}"),
        new("stake-taken-over", RelationType.OwnsStake,
            @"{o:opf}[^⟦⟧.;]{0,40}?\b(?:repris|reprise|racheté|rachetée|acquis|acquise|acquired|bought)\s+à\s+{PCT}\s+par\s+{s:oph}") { Also = RelationType.Acquired },

        // ── SUBSIDIARY_OF ─────────────────────────────────────────────────────────────────────────
        new("subsidiary-apposition", RelationType.SubsidiaryOf,
            @"{s:opf}\s*(?:,|\(|–|—|-|est|is|was|était|devenue?|became)\s*{DET}(?:[\p{L}-]+\s+){0,2}?(?:filiale|subsidiary|branche|division|unit|arm|entité|entity|business unit)\b[^⟦⟧.;()]{0,40}?\b(?:de|du|des|of|d['’])\s*(?:(?:[\p{L}-]+\s+){0,3}?(?:groupe|group)\s+)?{o:op}") { Presupposed = true },
        new("subsidiary-parent-of", RelationType.SubsidiaryOf,
            @"{o:op}\s*(?:,|\(|–|—)\s*{DET}(?:maison[- ]mère|société mère|parent company|parent|holding|owner|propriétaire)\s+(?:de|du|des|of|d['’])\s*{s:opf}") { Presupposed = true },
        new("subsidiary-through", RelationType.SubsidiaryOf,
            @"{o:op}\s*(?:\(|,)?\s*(?:through|via|par l['’]intermédiaire de|à travers)\s+(?:its|the|sa|la)\s+(?:subsidiary|filiale)\s+{s:op}"),
        new("subsidiary-possessive", RelationType.SubsidiaryOf,
            @"{o:op}['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:subsidiary|unit|arm|division)\s*,?\s*{s:opf}") { Presupposed = true },
        new("subsidiary-sa-filiale", RelationType.SubsidiaryOf,
            @"{o:op}\s+(?:et|and|avec|with|via|through)\s+(?:sa|its)\s+(?:filiale|subsidiary)\s+(?:[\p{L}-]+\s+){0,2}?{s:opf}"),

        new("subsidiary-verb", RelationType.SubsidiaryOf,
            @"{s:opf}\s+(?:est|is|was|était|devient|devenue?|becomes|became|has become|est devenue?)(?:\s+(?:désormais|now|aujourd['’]hui|depuis|déjà|already|officiellement|officially|since then))*\s+(?:devenue?\s+)?(?:une?|a|an|la|le|the)\s+(?:[\p{L}\d%-]+\s+){0,3}?(?:filiale|subsidiary)\s+(?:[\p{L}\d%-]+\s+){0,3}?(?:de|du|des|of|d['’])\s*(?:(?:groupe|group)\s+)?{o:op}"),
        new("subsidiary-wholly-owned", RelationType.OwnsStake,
            @"{o:opf}[^⟦⟧.;]{0,40}?\b(?:filiale\s+(?:à\s+(?<pct>100)\s?%|à part entière|détenue à (?<pct>100)\s?%)|(?:wholly[- ]owned|(?<pct>100)\s?%[- ]owned)\s+subsidiary)\s+(?:de|du|d['’]|of)\s*(?:(?:groupe|group)\s+)?{s:op}"),
        new("subsidiary-org-noun", RelationType.SubsidiaryOf,
            @"{s:opf}\s*,\s*(?:the|a|an)\s+{o:op}\s+(?:[\p{L}-]+\s+){0,2}?(?:subsidiary|unit|arm|division|affiliate|spin-off)\b") { Presupposed = true },
        new("subsidiary-part-of", RelationType.SubsidiaryOf,
            @"{s:opf}[^⟦⟧.;]{0,30}?\b(?:fait partie du groupe|fait partie de|appartient au groupe|appartient à|is part of the|is part of|part of the|belongs to the|belongs to)\s*{o:op}(?:\s+(?:group|groupe))?"),

        // ── ACQUIRED ──────────────────────────────────────────────────────────────────────────────
        new("acquired-active", RelationType.Acquired,
            @"{s:op}{G:30}\b(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:déjà\s+|finalement\s+|récemment\s+)?(?:racheté|acquis|repris|absorbé)|a racheté|ont racheté|rachète|rachètent|a acquis|ont acquis|acquiert|acquièrent|a repris|reprend|a absorbé|absorbe|acquired|acquires|acquire|has acquired|bought|buys|buy|took over|takes over|has taken over|completed (?:the|its) acquisition of|a finalisé (?:le rachat|l['’]acquisition) d[eu']|finalise (?:le rachat|l['’]acquisition) d[eu']|a mis la main sur|met la main sur|s['’]empare d[eu']|s['’]est emparée? d[eu']|snaps? up|snapped up|has snapped up|s['’]est offert)\s+{G:30}{o:opft}"),
        new("acquired-passive", RelationType.Acquired,
            @"{o:opft}[^⟦⟧.;]{0,40}?\b(?:rachetée?s?|acquise?s?|reprise?s?|absorbée?|acquired|bought|purchased|taken over)\s+(?:(?:in \w+ \d{4}|en \w+ \d{4}|en \d{4}|in \d{4})\s+)?(?:par|by)\s+{s:op}"),
        new("acquired-nominal", RelationType.Acquired,
            @"\b(?:rachat|acquisition|reprise|takeover|purchase)\s+(?:de|du|d['’]|of)\s*{o:opft}\s+(?:par|by)\s+{s:op}"),
        new("acquired-possessive", RelationType.Acquired,
            @"{s:op}['’]s\s+(?:\$?[\d.,]+\s*(?:bn|billion|million|m)?\s+)?(?:acquisition|purchase|takeover)\s+of\s+{o:opft}"),

        new("acquired-its-acquisition-by", RelationType.Acquired,
            @"{o:opft}[^⟦⟧.;]{0,60}?\b(?:its|son|sa|leur|their)\s+(?:[\p{L}-]+\s+)?(?:acquisition|rachat|takeover|purchase|reprise)\s+(?:by|par)\s+{s:op}"),

        // ── JOINT_VENTURE_OF ──────────────────────────────────────────────────────────────────────
        new("jv-create", RelationType.JointVentureOf,
            @"{O:op}\s+(?:[\p{L}'’-]+\s+){0,4}?(?:créent|créeront|vont créer|lancent|fondent|forment|constituent|ont créé|ont lancé|ont fondé|ont constitué|établissent|establish|create|launch|form|set up|will establish|will create|will launch|will form|will set up|have established|have created|have launched|have formed|have set up|are setting up|unveil|announce|annoncent)\s+(?:a |an |une |un |leur |their |la |the )?(?:[\p{L}-]+\s+){0,3}?(?:joint[- ]venture|coentreprise|co-entreprise|société commune|entreprise commune|consortium|JV|company|société)\b[^⟦⟧.;]{0,40}?{s:op}"),
        new("jv-apposition", RelationType.JointVentureOf,
            @"{s:op}\s*(?:,|\(|–|—|est|is|was)\s*{DET}(?:[\p{L}\d:%-]+\s+){0,2}?(?:joint[- ]venture|venture|coentreprise|co-entreprise|société commune|entreprise commune)\b[^⟦⟧.;]{0,30}?\b(?:between|of|de|entre|formed by|created by|owned by|set up by|founded by|launched by|established by|backed by|détenue par|créée par|fondée par|lancée par|formée par|constituée par|montée par|d['’])\s*{O:op}") { Presupposed = true },
        new("jv-fronted-owned", RelationType.JointVentureOf,
            @"^[^⟦⟧]{0,20}?\b(?:détenue?s?|owned|held)\s+(?:majoritairement\s+|conjointement\s+|jointly\s+|à parts égales\s+|equally\s+)?(?:par|by)\s+(?<o>⟦[op]\d+⟧(?:\s*(?:,|et|and)\s*⟦[op]\d+⟧)+)[^;]{0,120}?,\s*{s:opf}") { Presupposed = true },

        new("jv-created-named", RelationType.JointVentureOf,
            @"{O:op}\s+(?:[\p{L}'’-]+\s+){0,4}?(?:créent|ont créé|vont créer|créeront|lancent|ont lancé|fondent|ont fondé|forment|ont formé|constituent|ont constitué|create|created|have created|will create|launch|launched|have launched|will launch|form|formed|have formed|will form|set up|have set up|will set up|establish|established|have established|will establish)\s+{s:op}\s*,\s*(?:une?|a|an|leur|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:joint[- ]venture|coentreprise|co-entreprise|société commune|entreprise commune)"),
        new("jv-jointly-owned", RelationType.JointVentureOf,
            @"{s:opf}[^⟦⟧.;]{0,40}?\b(?:détenue?s?|owned|held|contrôlée?s?|controlled)\s+(?:conjointement|à parts égales|jointly|equally)\s+(?:par|by)\s+{O:op}") { Presupposed = true },

        // ── PARTNERS_WITH ─────────────────────────────────────────────────────────────────────────
        new("partners-between", RelationType.PartnersWith,
            @"\b(?:partenariat|accord|alliance|collaboration|coopération|rapprochement|partnership|agreement|deal|pact|cooperation)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:entre|between)\s+{A}{s:op}\s+(?:et|and)\s+{A}{o:op}"),
        new("partners-verb", RelationType.PartnersWith,
            @"{S:op}[^⟦⟧.;]{0,40}?(?:s['’](?:est |sont |était )?alli\p{L}*|s['’](?:est |sont |était )?associ\p{L}*|(?:a|ont) noué un partenariat|(?:a|ont) signé un (?:partenariat|accord)|signe(?:nt)? un (?:partenariat|accord)|partner(?:s|ed|ing)? with|teams? up with|teamed up with|(?:will |to )?work(?:s|ing)? with|all(?:y|ies|ied) with|signed (?:a |an )?(?:[\p{L}-]+ )?(?:partnerships?|agreements?|deals?) with|(?:a |an )?(?:[\p{L}-]+ )?partnership with|join(?:s|ed)? forces with|collabore(?:nt)? avec|un partenariat avec|un accord avec|une alliance avec|son alliance avec|son partenariat avec)\s+{G:25}{O:op}"),
        new("partners-possessive", RelationType.PartnersWith,
            @"(?:^|[,:;]\s*|\b(?:et|and|mais|but)\s+)(?:son|sa|its|leur|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:partenariat|alliance|accord|partnership|agreement|collaboration)\s+(?:[\p{L}-]+\s+){0,2}?(?:avec|with)\s+{O:op}", 0.75) { ImplicitSubject = Implicit.RecentOrganisation },
        new("partners-announce", RelationType.PartnersWith,
            @"{S:op}\s+(?:[\p{L}'’-]+\s+){0,3}?(?:annoncent|signent|ont signé|nouent|ont noué|concluent|ont conclu|renouvellent|ont renouvelé|étendent|ont étendu|announce|announced|have announced|sign|signed|have signed|strike|struck|have struck|forge|forged|have forged|renew|renewed|have renewed|extend|extended|have extended)\s+(?:un |une |a |an |leur |their |a new )?(?:[\p{L}-]+\s+){0,2}?(?:partenariat|accord|alliance|partnership|agreement|collaboration|deal)\b(?![^⟦⟧.;]{0,30}\b(?:avec|with)\s+(?:l['’]|la |le |les |the )?⟦)") { Pairwise = true },
        new("partners-its-partners", RelationType.PartnersWith,
            @"{s:op}\s+(?:with its partners?|avec (?:ses|son) partenaires?|et (?:ses|son) partenaires?|and its partners?)\s+{O:op}"),
        new("partners-jointly", RelationType.PartnersWith,
            @"{S:op}\s*,?\s*[^⟦⟧.;]{0,40}?\b(?:have jointly|jointly|conjointement|ont conjointement|together|ensemble|s['’]allient|s['’]associent|join forces|unissent leurs forces|team up)\b") { Pairwise = true },

        // ── SUPPLIES ──────────────────────────────────────────────────────────────────────────────
        new("supplies-to", RelationType.Supplies,
            @"{s:o}[^⟦⟧.;]{0,30}?(?<!\b(?:se|s['’]|une?|l['’]|la|le|les|son|sa|ses|notre|nos|leur|leurs|cette|des|de|d['’])\s*)\b(?:fournit|fournissent|fournisse|fournira|fourniront|livre|livrent|équipe|équipent|supplies|supply|supplied|delivers|delivered|equips|equipped|provides|provided|sells|sold|vend|vendent|met à (?:la )?disposition|licenses|licences|licensed|héberge|hébergent|hébergera|hosts|hosted|will host)\s+(?<tech>[^.;]{0,120}?)\s*\b(?:à|au|aux|to|de|du|des|d['’])\s*(?:(?:cloud|clouds|réseau|réseaux|infrastructure|infrastructures|datacenters?|plateforme|platform)\s+(?:[\p{L}-]+\s+){0,2}?(?:de|du|d['’]|of)\s*)?{O:op}"),
        new("supplies-with", RelationType.Supplies,
            @"{s:o}\s+(?:(?:has|have|had|will|a|ont)\s+)?(?:supply|supplies|supplied|equips|equipped|provides|provided|fournit|équipe)\s+{O:op}\s+(?:with|en)\s+(?<tech>[^.;,]{2,80})"),
        new("supplies-chooses", RelationType.Supplies,
            @"{O:op}[^⟦⟧.;]{0,30}?\b(?:a choisi|choisit|a retenu|retient|a sélectionné|sélectionne|s['’]équipe auprès de|s['’]approvisionne auprès de|chose|has chosen|selected|has selected|picked|buys from|sources from)\s+{G:30}{s:o}"),

        new("supplies-bought-from", RelationType.Supplies,
            @"{O:op}[^⟦⟧.;]{0,30}?\b(?:se fournit|se fournissent|s['’]approvisionne|s['’]approvisionnent|s['’]équipe|s['’]équipent|achète|achètent|buys|bought|sources|sourced|purchases|purchased)\s+(?<tech>[^⟦⟧.;]{0,40}?)\s*\b(?:auprès d[eu']|auprès des|chez|from)\s*(?:(?:l['’]|le\s+|la\s+|the\s+)(?:\p{L}[\p{Ll}-]+\s+)?)?{s:o}"),
        new("supplies-passive-to-by", RelationType.Supplies,
            @"\b(?:fournie?s?|livrée?s?|supplied|provided|delivered)\s+(?:à|au|aux|to)\s+{O:op}\s+(?:par|by)\s+{s:o}"),
        new("supplies-apposition", RelationType.Supplies,
            @"{s:o}\s*(?:,|\(|–|—|est|is|was|était|devient|becomes|became|remains|reste|demeure)\s*{DET}(?:[\p{L}-]+\s+){0,2}?(?:fournisseur|supplier|vendor|équipementier|provider|prestataire)\b(?<tech>[^⟦⟧.;()]{0,40}?)\b(?:de|du|des|d['’]|of|to|for|pour)\s*{O:op}") { Presupposed = true },
        new("supplies-possessive", RelationType.Supplies,
            @"{o:op}['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:supplier|vendor|provider)\s*,?\s*{s:o}") { Presupposed = true },
        new("supplies-is-possessive", RelationType.Supplies,
            @"{s:o}\s+(?:is|remains|was|became|has become)\s+(?:the|a|an)?\s*{o:op}['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:supplier|vendor|provider)"),
        new("supplies-gear-of", RelationType.Supplies,
            @"{O:op}[^⟦⟧.;]{0,40}?\b(?:utilise|utilisent|utilisera|uses|use|used|will use|déploie|déploient|a déployé|deploys|deployed|achète|achètent|a acheté|buys|bought|has bought|a commandé|commande|ordered|has ordered|installe|installs|installed|s['’]appuie sur|relies on|runs on|tourne sur|repose sur)\s+(?:les?\s+|la\s+|des\s+|the\s+|\d+\s+)?(?<tech>(?:[\p{L}-]+\s+){0,2}?(?:serveurs?|équipements?|matériels?|baies|technologies?|solutions?|logiciels?|commutateurs|routeurs|processeurs|puces|servers?|hardware|equipment|technology|technologies|software|products|appliances|switches|routers|chips|processors|storage arrays))\s+(?:[\p{L}-]+\s+){0,2}?(?:de\s+|d['’]|du\s+|from\s+|by\s+|made by\s+|signée?s?\s+)(?:(?:l['’]|le\s+|la\s+|the\s+)(?:\p{L}[\p{Ll}-]+\s+)?)?{s:o}"),
        new("supplies-brand-gear", RelationType.Supplies,
            @"{O:op}[^⟦⟧.;]{0,40}?\b(?:uses|use|used|will use|deploys|deployed|buys|bought|has bought|ordered|has ordered|installs|installed|relies on|runs on)\s+{s:o}\s+(?<tech>(?:[\p{L}-]+\s+){0,2}?(?:servers?|hardware|equipment|technology|software|products|appliances|switches|routers|chips|processors|storage))\b"),
        new("supplies-contract-won", RelationType.Supplies,
            @"{s:o}[^⟦⟧.;]{0,30}?\b(?:remporte|a remporté|décroche|a décroché|signe|a signé|wins?|won|has won|secures?|secured|has secured|lands|landed|signs|signed|has signed)\s+(?<tech>[^⟦⟧.;]{0,60}?(?:contrat|marché|contract|deal|order|commande)[^⟦⟧.;]{0,40}?)\b(?:de|du|d['’]|from|with|avec|auprès de|by|par)\s+(?:(?:l['’]|le\s+|la\s+|the\s+)(?:\p{L}[\p{Ll}-]+\s+)?)?{o:o}"),

        // ── BUILT_ON ──────────────────────────────────────────────────────────────────────────────
        new("built-on", RelationType.BuiltOn,
            @"{s:opf}(?:\s*,\s*(?:qui|which|that|dont l['’]offre|whose (?:offering|platform|cloud)|une?|an?|the|la|le|l['’]))?[^⟦⟧.;,]{0,60}?\b(?:bâtie?s?|bâtit|construite?s?|basée?s?|reposant|repose|reposera|reposeront|reposent|fondée?s?|s['’]appuie|s['’]appuiera|s['’]appuyant|s['’]appuient|tourne|tournera|fonctionne|built|based|runs|running|run|relies|relying|rely|powered|hosted|hébergée?s?)\s+(?:[^⟦⟧.;]{0,40}?)\b(?:sur|on|upon)\s+{DET}(?:[\p{L}-]+\s+){0,3}?{O:tfo}(?!['’]s\b)"),
        new("built-on-offer", RelationType.BuiltOn,
            @"(?<!\b(?:with|avec|of|to|by|par|from|de|à)\s+){s:o}[^⟦⟧.;,]{0,30}?\b(?:propose|proposera|proposeront|va proposer|vont proposer|commercialise|offers|offer|will offer|will provide|resells|revend|distribue|distributes|intègre|integrates)\b(?<o>[^;]{0,220})", 0.6) { FreeTextObject = true },
        new("built-on-powered-by", RelationType.BuiltOn,
            @"{s:f}[^⟦⟧.;,]{0,40}?\b(?:powered by|propulsée? par|motorisée? par|animée? par)\s+{DET}(?:[\p{L}-]+\s+){0,2}?{O:t}"),
        new("built-on-uses", RelationType.BuiltOn,
            @"{s:opf}[^⟦⟧.;,]{0,30}?\b(?:utilise|utilisent|uses|use|used|adopte|adopted|adopts|a choisi|chose|has chosen|a retenu|selected)\s+{G:25}{O:t}"),
        new("built-on-apposition", RelationType.BuiltOn,
            @"\b(?:une? |an? )?(?:[\p{L}-]+\s+){0,2}?{O:t}\s+(?:[\p{L}-]+\s+){0,3}?(?:plateforme|platform|cloud|offre|offering|stack|pile)\b[^⟦⟧.;]{0,40}?\b(?:called|appelée?|baptisée?|nommée?|named)\s+{s:f}"),

        // ── OPERATES ──────────────────────────────────────────────────────────────────────────────
        new("operates-launch", RelationType.Operates,
            @"{s:op}[^⟦⟧.;]{0,40}?\b(?:lance|lancent|a lancé|lancera|lancement|launch|launches|launched|launching|the launch of|exploite|exploitent|opère|opèrent|operates|operate|operated|runs|gère|gèrent|manages|commercialise|ouvre|a ouvert|opens|opened|unveils?|unveiled|dévoile|a dévoilé)\b[^⟦⟧.;]{0,60}?{o:f}"),
        new("operates-apposition", RelationType.Operates,
            @"{o:f}\s*(?:,|\(|–|—)\s*{DET}(?:[\p{L}-]+\s+){0,3}?(?:offre|service|plateforme|cloud|marque|offering|platform|brand|region|région)\b[^⟦⟧.;()]{0,40}?\b(?:de|du|d['’]|of|from|by)\s*{s:op}") { Presupposed = true },
        new("operates-possessive", RelationType.Operates,
            @"{s:op}['’]s\s+(?:(?:own|new|sovereign|public|private|hybrid|cloud|offering|platform|service|services|⟦t\d+⟧-\p{L}+)\s+){0,3}?{o:f}") { Presupposed = true },
        new("operates-its-offering", RelationType.Operates,
            @"\b(?:its|their|son|sa|leur)\s+(?:(?:own|new|nouvelle|nouveau|propre)\s+)?(?:(?:offre|plateforme|service|cloud)\s+)?{o:f}(?:\s+(?:offering|offer|platform|service|brand))?\b", 0.75) { ImplicitSubject = Implicit.SentenceSubject },
        new("operates-pronoun", RelationType.Operates,
            @"(?:^|[,;:]\s*|\b(?:and|et|mais|but)\s+)(?:it|il|elle)\s+(?:(?:also|aussi|également|now|désormais)\s+)?(?:markets|sells|operates|runs|launched|has launched|launches|commercialise|exploite|lance|a lancé|opère)\s+{o:f}", 0.75) { ImplicitSubject = Implicit.RecentOrganisation },
        new("operates-passive", RelationType.Operates,
            @"{o:f}\s*,?\s*(?:exploitée?|opérée?|gérée?|operated|run|managed)\s+(?:[\p{L}]+\s+)?(?:par|by)\s+{s:op}"),
        new("operates-in-charge", RelationType.Operates,
            @"{s:op}[^;]{0,80}?\b(?:étant |est |is |being |sera |will be )?(?:en charge|chargée? de l['’]exploitation|in charge|responsible)\s+(?:des opérations|de l['’]exploitation|of (?:the )?operations|of operating|for operating|for running|for operations)") { ImplicitObject = Implicit.RecentOffering },
        new("operates-gave-management", RelationType.Operates,
            @"{s:op}\s+(?:gave|provides|provided|handles|handled|assure|assurait|assurera|prend en charge)\s+(?:the |la |l['’])?(?:management|gestion|exploitation|operation)s?\b") { ImplicitObject = Implicit.RecentOffering },

        // ── AWARDED_CONTRACT ──────────────────────────────────────────────────────────────────────
        new("award-active", RelationType.AwardedContract,
            @"{s:p}[^⟦⟧.;]{0,40}?\b(?:a attribué|attribue|ont attribué|a confié|confie|vient d['’]attribuer|vient de confier|vient de notifier|viennent d['’]attribuer|viennent de confier|a notifié|notifie|awarded|awards|has awarded|granted|has granted)\s+(?:(?<subj>[^⟦⟧.;]{0,80}?)\s*(?:à|to)\s*{O:o}|{O:o}\s+(?:a|an|un|une|the|le|la)\s+(?<subj>[^⟦⟧.;]{0,80}))"),
        new("award-won", RelationType.AwardedContract,
            @"{O:o}[^⟦⟧.;]{0,30}?\b(?:remporte|remportent|a remporté|ont remporté|décroche|a décroché|wins?|won|has won|secured|has secured|s['’]est vu attribuer|se voit attribuer|has been awarded|was awarded|were awarded|a obtenu|obtient)\s+(?<subj>[^⟦⟧.;]{0,60}?(?:contrat|marché|appel d['’]offres|contract|tender|deal|framework)[^⟦⟧.;]{0,40}?)\b(?:de|du|d['’]|from|by|par|with|avec|pour|for)\s+{DET}{s:p}"),
        new("award-passed-with", RelationType.AwardedContract,
            @"\b(?:contrat|marché|contract|accord-cadre|framework agreement)\s+(?:[\p{L}-]+\s+){0,2}?(?:a (?:déjà |été |déjà été )*|ont (?:été )?|has (?:been )?|was |had been )?(?:passé|signé|conclu|attribué|notifié|awarded|signed|concluded|placed)\s+(?:[\p{L}-]+\s+){0,2}?(?:avec|à|to|with)\s+{O:o}(?:[^⟦⟧.;]{0,40}?\b(?:pour|for)\s+(?<subj>[^⟦⟧.;,]{3,80}))?", 0.75) { ImplicitSubject = Implicit.RecentPublicBody },
        new("award-winners", RelationType.AwardedContract,
            @"\b(?:awarded|selected|winning|successful|retenus|lauréats|attributaires|titulaires)\s+(?:providers|suppliers|companies|bidders|tenderers|vendors|fournisseurs|prestataires|entreprises|candidats)\b[^⟦⟧:]{0,60}:\s*(?<o>[^;]+)", 0.75) { ImplicitSubject = Implicit.RecentPublicBody },
        new("award-passive-by", RelationType.AwardedContract,
            @"{O:o}[^⟦⟧.;]{0,30}?\b(?:a été|ont été|has been|have been|was|were|est|sont)\s+(?:retenue?s?|choisie?s?|sélectionnée?s?|désignée?s?|selected|chosen|picked|appointed|awarded (?:the |a |an )?(?<subj>[^⟦⟧.;]{0,60}?))\s+(?:[\p{L}]+\s+)?(?:par|by)\s+{DET}{s:p}(?:\s+(?:pour|to|for)\s+(?<subj>[^⟦⟧.;]{3,80}))?"),
        new("award-contract-to-by", RelationType.AwardedContract,
            @"\b(?:contrat|marché|contract|accord-cadre|framework agreement|lot)\s+(?<subj>[^⟦⟧.;]{0,60}?)\s*(?:attribuée?|notifiée?|confiée?|awarded|granted)\s+(?:à|to)\s+{O:o}\s+(?:par|by)\s+{DET}{s:p}"),
        new("award-signed", RelationType.AwardedContract,
            @"{s:p}[^⟦⟧.;]{0,40}?\b(?:a signé|signe|a conclu|conclut|a passé|passe|a notifié|signed|has signed|concluded|has concluded|placed|has placed)\s+(?:un |une |a |an |the |le |la )?(?<subj>(?:[\p{L}-]+\s+){0,3}?(?:contrat|marché|accord-cadre|contract|framework(?: agreement)?|order|commande)[^⟦⟧.;]{0,60}?)\s*\b(?:avec|with|à|to)\s+{O:o}", 0.8),
        new("award-selected", RelationType.AwardedContract,
            @"{s:p}[^⟦⟧.;]{0,40}?\b(?:a retenu|a choisi|a sélectionné|retient|choisit|selected|has selected|chose|picked)\s+{O:o}\s+(?:pour|for|to)\s+(?<subj>[^⟦⟧.;]{3,80})", 0.75),

        // ── HOLDS_ROLE ────────────────────────────────────────────────────────────────────────────
        new("role-apposition", RelationType.HoldsRole,
            @"{s:h}\s*,\s*{T}\s*\b(?:de|du|des|d['’]|of|at|chez|for|à)\s*(?:(?:la|l['’]|le|the)\s*)?{o:opf}") { Presupposed = true },
        new("role-title-first", RelationType.HoldsRole,
            @"{T}\s*\b(?:de|du|des|d['’]|of|at|chez)\s*{o:opf}\s*,?\s*{s:h}") { Presupposed = true },
        new("role-org-title-name", RelationType.HoldsRole,
            @"{o:opf}(?:['’]s)?\s+(?<title>(?:chief|ceo|cto|cfo|coo|cio|president|chairman|chairwoman|founder|co-founder|managing director|general manager|head|vice president|svp|evp|director)[\p{L}\s-]{0,40}?)\s*,?\s*{s:h}") { Presupposed = true },

        new("role-possessive-after", RelationType.HoldsRole,
            @"{s:h}\s*,\s*{o:opf}['’]s\s+(?<title>(?:former\s+|new\s+)?(?:chief|ceo|cto|cfo|coo|cio|ciso|president|chairman|chairwoman|founder|co-founder|managing director|general manager|head|vice president|svp|evp|director)[\p{L}\s-]{0,40}?)\s*[,.;]") { Presupposed = true },
        new("role-org-adjective", RelationType.HoldsRole,
            @"{s:h}\s*,\s*(?:a|an|the|un|une)\s+(?<title>(?:former|ex-|one-time)?)\s*{o:opf}\s+(?:(?:senior|chief|lead|principal|top)\s+)?(?:executive|manager|engineer|architect|director|veteran|cadre|dirigeant|alumnus|alumna|board member)s?\b") { Presupposed = true },
        new("role-appointed", RelationType.HoldsRole,
            @"{s:h}[^⟦⟧.;]{0,30}?\b(?:a été nommée?|est nommée?|vient d['’]être nommée?|devient|est devenue?|rejoint|a rejoint|prend la tête|has been appointed|was appointed|is appointed|has been named|was named|becomes|became|has become|joins|joined|has joined|takes over as)\s+(?:au poste de\s+|as\s+|en tant que\s+|comme\s+)?{T}\s*\b(?:de|du|des|d['’]|of|at|chez)\s*(?:(?:la|l['’]|le|the)\s*)?{o:opf}"),
        new("role-org-appoints", RelationType.HoldsRole,
            @"{o:opf}[^⟦⟧.;]{0,30}?\b(?:nomme|a nommé|appoints|has appointed|appointed|names|has named|named|recrute|a recruté|hires|has hired|hired)\s+{s:h}\s*,?\s*(?:au poste de|comme|en tant que|as|to the role of|to the post of|to the position of|au poste d['’])\s+{T}"),

        // ── QUALIFIED ─────────────────────────────────────────────────────────────────────────────
        new("qualified-verb", RelationType.Qualified,
            @"{s:of}[^⟦⟧.;]{0,40}?\b(?:a obtenu|ont obtenu|obtient|obtiennent|a décroché|décroche|est qualifiée?|sont qualifiée?s|qualifiée?s?|certifiée?s?|labellisée?s?|has obtained|obtained|obtains|achieved|has achieved|received|has received|is certified|certified|qualified|is qualified|has been qualified|was granted|holds|awarded)\s+(?:[^⟦⟧.;]{0,40}?)?{O:t}") { ObjectRole = "certification" },
        new("qualified-nominal", RelationType.Qualified,
            @"(?:\b(?:qualification|certification|label|visa|accréditation|accreditation|homologation)\s+{o:t}|{o:t}\s+(?:qualification|certification|label|accreditation))\s+(?:de|du|d['’]|pour|for|of)\s+(?:(?:son|sa|ses|l['’]|la|le|les|the|its)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:d['’]|de\s+|du\s+|of\s+)?{s:of}") { ObjectRole = "certification" },
        new("qualified-prefix", RelationType.Qualified,
            @"{o:t}[- ](?:qualified|certified|qualifiée?|certifiée?)\s+(?:[\p{L}-]+\s+){0,2}?{s:of}") { ObjectRole = "certification" },
    ];
}
