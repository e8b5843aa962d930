namespace MarketGraph.Extraction;

/// <summary>Small closed word lists the recogniser and the relation rules share.</summary>
internal static class Lexicons
{
    public static readonly HashSet<string> FirstNames = new(ReadFirstNames(), StringComparer.Ordinal)
    {
        "Alain", "Alexandre", "Alexis", "Anne", "Antoine", "Arnaud", "Benoît", "Benoit", "Bernard", "Bruno", "Camille",
        "Catherine", "Cédric", "Charles", "Christian", "Christophe", "Claire", "Claude", "Damien", "Daniel", "David",
        "Denis", "Didier", "Dominique", "Emmanuel", "Emmanuelle", "Éric", "Eric", "Étienne", "Fabrice", "Florence", "Florian",
        "François", "Françoise", "Frédéric", "Gabriel", "Gilles", "Guillaume", "Hélène", "Henri", "Hervé", "Isabelle",
        "Jacques", "Jean", "Jean-Claude", "Jean-François", "Jean-Louis", "Jean-Marc", "Jean-Michel", "Jean-Noël",
        "Jean-Pierre", "Jérôme", "Julien", "Laurent", "Louis", "Luc", "Marc", "Marie", "Martin", "Mathieu", "Matthieu",
        "Michel", "Michèle", "Nathalie", "Nicolas", "Olivier", "Pascal", "Patrick", "Paul", "Philippe", "Pierre", "Rémi",
        "Renaud", "Richard", "Sébastien", "Serge", "Stéphane", "Sylvie", "Thierry", "Thomas", "Valérie", "Vincent", "Xavier",
        "Yves", "Agnès", "Amélie", "Clara", "Élisabeth", "Elisabeth", "Marina", "Octave", "Henri", "Clément",
        "Adam", "Alan", "Alex", "Andrew", "Andy", "Anna", "Brad", "Brian", "Chris", "Christopher", "Dan", "Dave", "Ed",
        "Elizabeth", "Emily", "Eric", "Frank", "Gary", "George", "Greg", "Harry", "Helen", "Ian", "Jack", "James", "Jane",
        "Jason", "Jeff", "Jennifer", "Jim", "Joe", "John", "Jonathan", "Julia", "Kate", "Kevin", "Laura", "Lisa", "Mark",
        "Mary", "Matt", "Michael", "Mike", "Nick", "Peter", "Rachel", "Robert", "Sarah", "Satya", "Scott", "Steve", "Steven",
        "Sundar", "Thomas", "Tim", "Tom", "William", "Andy", "Gert", "Hans", "Klaus", "Jürgen", "Tim", "Wolfgang", "Stefan",
        "Timotheus", "Ferri", "Adel", "Dirk", "Markus", "Matteo", "Marco", "Luca", "Giuseppe", "Giovanni", "Francesco",
        "Alessandro", "Roberto", "Vittorio", "Pietro", "Paolo", "Carlos", "José", "Ken", "Ren", "Guo", "Eric", "Ursula",
        "Thierry", "Margrethe", "Henna", "Ken", "Lars", "Anders", "Jan", "Piet", "Luis", "Javier", "Ana", "Maria",
    };

    /// <summary>The given names of Reference/first-names.txt (embedded), beside the ones listed inline below.</summary>
    private static IEnumerable<string> ReadFirstNames()
    {
        using var stream = typeof(Lexicons).Assembly.GetManifestResourceStream("MarketGraph.Extraction.first-names.txt")
            ?? throw new InvalidOperationException("first-names.txt is not embedded");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            names.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return names;
    }

    /// <summary>Nationality adjectives (fr and en, masculine/feminine, lower case) to ISO country codes.</summary>
    public static readonly Dictionary<string, string> Nationalities = new(StringComparer.Ordinal)
    {
        ["chinois"] = "CN", ["chinoise"] = "CN", ["chinese"] = "CN",
        ["américain"] = "US", ["américaine"] = "US", ["americain"] = "US", ["american"] = "US",
        ["allemand"] = "DE", ["allemande"] = "DE", ["german"] = "DE",
        ["français"] = "FR", ["française"] = "FR", ["francais"] = "FR", ["french"] = "FR",
        ["espagnol"] = "ES", ["espagnole"] = "ES", ["spanish"] = "ES",
        ["italien"] = "IT", ["italienne"] = "IT", ["italian"] = "IT",
        ["britannique"] = "GB", ["british"] = "GB", ["belge"] = "BE", ["belgian"] = "BE",
        ["néerlandais"] = "NL", ["dutch"] = "NL", ["suisse"] = "CH", ["swiss"] = "CH",
        ["japonais"] = "JP", ["japanese"] = "JP", ["coréen"] = "KR", ["korean"] = "KR",
        ["suédois"] = "SE", ["swedish"] = "SE", ["finlandais"] = "FI", ["finnish"] = "FI",
        ["luxembourgeois"] = "LU", ["européen"] = "EU", ["européenne"] = "EU", ["european"] = "EU",
    };

    /// <summary>Words that start a title a person holds (lower case, accents kept).</summary>
    public const string TitlePatternLiteral =
        @"(?:(?:ex-|ancien(?:ne)?\s+|former\s+|then-|nouveau\s+|nouvelle\s+|new\s+|actuel(?:le)?\s+|current\s+)?(?:(?:digital|senior|regional|global|group|deputy|executive|general|technical|commercial|financial|principal|lead|interim|acting|founding|sales|marketing|operations|country|national|international|european|public-sector|uk)\s+){0,2}" +
        @"(?:(?:vice-)?présidente?(?:[- ]directeur général)?|pdg|p-dg|directeur|directrice|dg|dsi|cto|ceo|cfo|coo|cio|ciso|rssi|" +
        @"fondateur|fondatrice|co-?fondateur|co-?fondatrice|dirigeante?|patron(?:ne)?|responsable|chef|cheffe|porte-parole|associée?|" +
        @"ministre|secrétaire|délégué(?:e)?|administrateur|administratrice|" +
        @"chief|president|vice[- ]president|svp|evp|chairman|chairwoman|chair|founder|co-?founder|managing director|general manager|" +
        @"director|head|minister|secretary|spokesperson|spokesman|partner|executive|senior vice president|country manager|manager|" +
        @"engineer|ingénieure?|architect|architecte|consultante?|analyst|adviser|advisor|conseill(?:er|ère)|board member|" +
        @"leader|cabinet member|mayor|maire|adjointe? au maire|(?:pro-)?vice-chancellor|sous-direct(?:eur|rice)|permanent secretary))";

    /// <summary>The words that open a relative clause after a comma ("X, qui fournit…", "Y, which owns…").</summary>
    public const string RelativePronounLiteral = @"(?:qui|which|who|that)\b";

    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "explique", "dit", "assure", "indique", "déclare", "souligne", "précise", "affirme", "estime", "ajoute",
        "confie", "reconnaît", "rappelle", "tranche", "commente", "poursuit", "selon",
        "says", "said", "explains", "explained", "adds", "added", "notes", "noted", "according", "stated", "states",
    };

    /// <summary>Capitalised words that start sentences or titles but are never names on their own.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        // service models and generic acronyms are not names ("son offre de IaaS")
        "IaaS", "PaaS", "SaaS", "CaaS", "FaaS", "DaaS", "DBaaS", "HPC", "IA", "AI", "IT", "GPU", "CPU", "VPN", "SD-WAN", "API",
        // kinds of company and of officer written as acronyms ("les ESN de taille intermédiaire", "the SMEs")
        "ESN", "ESNs", "SSII", "PME", "PMEs", "ETI", "ETIs", "TPE", "SME", "SMEs", "DSI", "RSSI", "CIO", "CTO", "CFO", "COO", "CISO",
        "Le", "La", "Les", "L", "Un", "Une", "Des", "De", "Du", "Ce", "Cette", "Ces", "Il", "Elle", "Ils", "Elles", "On",
        "Nous", "Vous", "Je", "Et", "Mais", "Ou", "Si", "Selon", "Pour", "Par", "Avec", "Dans", "En", "Au", "Aux", "Sur",
        "Comme", "Même", "Certes", "Rappelons", "Signalons", "Deux", "Trois", "Quatre", "Première", "Premier", "Non", "Oui",
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "And", "But",
        "Or", "If", "In", "On", "At", "For", "With", "By", "From", "As", "To", "Of", "Firstly", "Secondly", "Finally",
        "Large", "Cloud", "Public", "Le", "Mr", "Mrs", "Ms", "Dr", "M", "Mme", "CEO", "PDG", "Managing", "Director",
        "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        // words that open a sentence or a clause and so are capitalised without being names ("Chez Valmeris, …")
        // adverbs that open a sentence ("Concrètement, l'intégrateur…", "Separately, the council…")
        "Concrètement", "Techniquement", "Financièrement", "Parallèlement", "Actuellement", "Historiquement", "Initialement",
        "Finalement", "Récemment", "Ensuite", "Puis", "Plus", "Côté", "Surtout", "Separately", "Similarly", "Additionally",
        "Recently", "Notably", "Currently", "Initially", "Ultimately", "Technically", "Financially", "Historically",
        "Chez", "Après", "Avant", "Depuis", "Entre", "Sans", "Sous", "Vers", "Outre", "Dès", "Lors", "Enfin", "Ainsi", "Toutefois",
        "Cependant", "Pourtant", "Désormais", "Également", "Aussi", "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Nos", "Ancien",
        "Ancienne", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "After", "Before", "Since", "Under",
        "Following", "Despite", "Among", "Earlier", "Later", "However", "Meanwhile", "Both", "All", "Their", "His", "Her", "Our",
        "Encore", "Reste", "Seul", "Seule", "Alors", "Donc", "Néanmoins", "Quant", "Plusieurs", "Hier", "Demain", "Today",
        "Yesterday", "Also", "Still", "Yet", "Instead", "Moreover", "Furthermore", "Besides", "Overall", "Together",
        // titles that open a sentence before a name ("Founder Eirik Solberg, who…")
        "Founder", "Co-founder", "Cofounder", "Fondateur", "Fondatrice", "Cofondateur", "Cofondatrice", "Chief", "Chairman", "Chairwoman",
        "Former", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // participles that open a sentence before the name they give ("Baptisée Socle Ouvert, l'offre…")
        "Baptisée", "Baptisé", "Nommée", "Nommé", "Appelée", "Appelé", "Exploitée", "Exploité", "Opérée", "Opéré", "Called",
        "Named", "Branded", "Dubbed", "Operated",
    };

    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "Le", "La", "de", "du", "van", "von", "der", "da", "di", "del", "De" };

    public static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "SA", "SAS", "SASU", "SARL", "SE", "GmbH", "AG", "Inc", "Ltd", "LLC", "plc", "PLC", "SpA", "S.p.A", "BV", "NV", "Corp",
    };

    /// <summary>
    /// Countries a group's national arm is named after ("Capgemini UK", "Orange France", "Telia Sverige"): after a
    /// company's name they make the name of another company.
    /// </summary>
    public static readonly HashSet<string> CountrySuffixes = new(StringComparer.Ordinal)
    {
        "UK", "US", "USA", "France", "Germany", "Deutschland", "Ireland", "Sverige", "Sweden", "España", "Spain", "Italia",
        "Italy", "Belgium", "Belgique", "Nederland", "Netherlands", "Schweiz", "Suisse", "Switzerland", "Canada", "Australia",
        "Japan", "India", "Norway", "Norge", "Danmark", "Denmark", "Polska", "Poland", "Austria", "Österreich", "Portugal",
        "Lithuania", "Latvia", "Estonia", "Finland", "Suomi", "Luxembourg", "Romania", "România", "Czechia", "Hellas", "Greece",
    };

    /// <summary>Prepositions, articles and conjunctions: never the adjective between a cue noun and a name.</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "d", "la", "le", "les", "l", "un", "une", "et", "ou", "à", "au", "aux", "en", "pour", "par", "avec", "sur", "dans",
        "of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "as",
    };

    /// <summary>Last words of company names that are dropped when the name is repeated: "Arvel Systems" → "Arvel".</summary>
    public static readonly HashSet<string> GenericNameEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "Systems", "System", "Group", "Groupe", "Technologies", "Technology", "Tech", "Cloud", "Data", "Networks", "Network",
        "Solutions", "Consulting", "Conseil", "Hosting", "Software", "Services", "Labs", "Digital", "Informatique", "Holding",
        "International", "Datacenters", "Datacentres", "Centres", "Centers", "Centre", "Center", "Telecom", "Télécom", "Telecoms",
        "Télécoms", "Communications", "Infrastructure", "Infrastructures", "Capital", "Partners", "Partenaires", "Ventures",
        "Industries", "Energy", "Énergie", "Energie", "Towers", "Fibre", "Fiber", "Numérique", "Security", "Sécurité",
        "Investments", "Invest", "Holdings", "IT",
    };

    /// <summary>Last words of funds' and holdings' names: "Mistral Infrastructure Fund" is not "Mistral".</summary>
    public static readonly HashSet<string> InvestorNameEndings = new(StringComparer.Ordinal)
    {
        "Capital", "Partners", "Partenaires", "Ventures", "Fund", "Funds", "Invest", "Investments", "Investissement", "Holdings", "Holding",
        "Infra", "Infrastructure", "Infrastructures", "Equity", "Investors", "Participations",
    };

    /// <summary>Nouns that introduce a product name after a determiner: "son offre Flexible Engine", "la plateforme X".</summary>
    public static readonly HashSet<string> OfferingCues = new(StringComparer.Ordinal)
    {
        "offre", "plateforme", "plate-forme", "marque", "gamme", "solution", "service", "suite", "platform", "offering",
    };

    /// <summary>
    /// Nouns that name an offering only right before its name or its apposition ("son cloud interne, Cloud π", "its public
    /// cloud, Nubeia Gobierno", "le réseau mobile Océa 5G"), not a few words back ("a cloud region near Madrid").
    /// </summary>
    public static readonly HashSet<string> NearOfferingCues = new(StringComparer.Ordinal)
    {
        "cloud", "réseau", "network", "produit", "product", "brand",
    };

    /// <summary>Capitalised last words of product names: "Eviden Sovereign Cloud Platform", "Stratos Sovereign IaaS".</summary>
    public static readonly HashSet<string> ProductNouns = new(StringComparer.Ordinal)
    {
        "Platform", "Stack", "Suite", "IaaS", "PaaS", "SaaS", "Workspace",
        // "Datamédis Santé Cloud", "Kubernix Engine", "Hélios Sovereign Region", "Nuagéo Souverain"
        "Cloud", "Engine", "Region", "Edge", "Souverain", "Souveraine", "Sovereign", "Souverän", "Soberano", "Sovrano",
        // "Rhodanéa Cloud Privé", "Hexaterre Kube", "Vélinor Mail", "Quorelle Espace", "Orvéa Pro"
        "Privé", "Privée", "Public", "Publique", "Kube", "Mail", "Espace", "Assist", "Pro", "Accès", "Kommunal", "Connect",
        "Drive", "Office", "Backup", "Sauvegarde", "Compute", "Storage",
        // "Scaleway GPU Clusters", "NumSpot Kubernetes", "Kairn Desktop", "Brightwater Vault"
        "Clusters", "Cluster", "Kubernetes", "Desktop", "Vault", "Nodes", "Collaboratif", "Collaboration",
    };

    /// <summary>Nouns that follow a product name in English: "its Flexible Engine platform".</summary>
    public static readonly HashSet<string> OfferingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "offering", "offer", "platform", "brand", "service", "suite",
    };

    /// <summary>Determiners and possessives before an offering cue ("son offre", "its … platform").</summary>
    public static readonly HashSet<string> OfferingDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "son", "sa", "leur", "la", "le", "l", "une", "un", "cette", "nouvelle", "nouveau", "its", "their", "the", "a", "an", "new", "his", "her",
    };

    public static readonly HashSet<string> OrgCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "société", "entreprise", "start-up", "startup", "groupe", "opérateur", "éditeur", "fournisseur", "hébergeur",
        "intégrateur", "équipementier", "filiale", "coentreprise", "consortium", "baptisée", "baptisé", "nommée", "appelée",
        "dénommée", "company", "firm", "provider", "operator", "vendor", "called", "named", "subsidiary", "integrator",
        "fonds", "fund", "banque", "bank", "investisseur", "investor", "ESN", "consultancy", "spécialiste", "specialist",
        "venture", "coentreprise", "spin-off", "SEM", "SPL",
    };
}
