using System.Text.RegularExpressions;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// Finds entity mentions sentence by sentence for one document, keeping what it learns (acronyms defined in
/// parentheses, names found by patterns, people's surnames) for the sentences that follow, and resolving
/// role nouns ("l'opérateur", "the company", "le Chinois") to the most recent fitting actor.
/// </summary>
internal sealed partial class EntityRecognizer(ActorLexicon lexicon, string language)
{
    private readonly List<DocumentEntity> _entities = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Actor, int> _byActor = new(ReferenceEqualityComparer.Instance);
    /// <summary>Names learnt from this document: folded word key → entity.</summary>
    private readonly Dictionary<string, int> _learnt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _learntLongest = new(StringComparer.Ordinal);
    /// <summary>Learnt keys that are shortened names ("arvel" for "Arvel Systems").</summary>
    private readonly HashSet<string> _learntShort = new(StringComparer.Ordinal);
    private readonly List<int> _history = [];
    /// <summary>The first name of each sentence so far: the preferred antecedent of "la société", "the company".</summary>
    private readonly List<int> _leaders = [];
    /// <summary>The last sentence's first mention that no preposition governs; -1 when none.</summary>
    private int _subject = -1;

    public IReadOnlyList<DocumentEntity> Entities => _entities;

    /// <summary>Classifies the capitalised runs nothing else recognised; none: such runs stay unrecognised.</summary>
    public NameModel? Names { get; init; }

    /// <summary>When set, every run offered to <see cref="Names"/> is also collected here (training).</summary>
    public List<(string Surface, List<string> Features)>? Collected { get; init; }

    private readonly record struct Candidate(TextSpan Span, int Entity, int Priority, bool IsRole);

    public List<Mention> Recognise(string text, TextSpan sentence)
    {
        var tokens = new List<TextSpan>();
        Tokenizer.Words(text, sentence.Start, sentence.End, tokens);
        SplitNameCompounds(text, tokens);
        var words = tokens.Select(t => text.Substring(t.Start, t.Length)).ToArray();
        var folded = words.Select(ActorLexicon.Fold).ToArray();
        var joinable = new bool[tokens.Count];
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var gap = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
            joinable[i] = gap.Length <= 2 && !gap.ContainsAnyExcept(" \u00A0'’")
                // "Marlowe & Finch": an ampersand between two capitalised words no list knows joins one name
                || gap.SequenceEqual(" & ") && IsCapitalised(words[i]) && IsCapitalised(words[i + 1])
                   && lexicon.LongestStartingWith(folded[i]) == 0 && lexicon.LongestStartingWith(folded[i + 1]) == 0;
        }

        var covered = new int[tokens.Count];
        Array.Fill(covered, -1);
        var candidates = new List<Candidate>();
        var roleNouns = RoleNoun().Matches(text[sentence.Start..sentence.End]);

        // people first: "Didier Renard" must not be read as an unknown organisation
        if (language is "fr" or "en")
        {
            FindPeople(text, sentence, tokens, words, folded, joinable, covered, candidates);
        }
        if (language is "fr" or "en") FindPublicBodies(text, sentence, tokens, covered, candidates);
        FindKnownNames(text, sentence, tokens, words, folded, joinable, covered, candidates);
        if (language is "fr" or "en")
        {
            FindUnknownOrganisations(text, sentence, tokens, words, folded, joinable, covered, candidates);
        }
        if (language is "fr" or "en" && (Names is not null || Collected is not null))
        {
            FindNamesByModel(text, sentence, tokens, words, folded, joinable, covered, roleNouns, candidates);
        }
        FindAcronymDefinitions(text, sentence, tokens, words, candidates);
        FindRoleNouns(text, sentence, roleNouns, candidates);

        candidates.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var mentions = new List<Mention>();
        var lastEnd = -1;
        foreach (var c in candidates)
        {
            if (c.Span.Start < lastEnd) continue;
            mentions.Add(new Mention(c.Span, c.Entity, c.IsRole));
            lastEnd = c.Span.End;
            var surface = text.Substring(c.Span.Start, c.Span.Length);
            if (c.IsRole)
            {
                if (!_entities[c.Entity].RoleNouns.Contains(surface)) _entities[c.Entity].RoleNouns.Add(surface);
            }
            else
            {
                _entities[c.Entity].AddAlias(surface);
            }
            _history.Add(c.Entity);
        }
        LearnDescribedRoles(text, sentence, mentions);
        var leader = mentions.FindIndex(m => !m.IsRoleNoun);
        if (leader >= 0) _leaders.Add(mentions[leader].Entity);
        // the sentence's grammatical subject, as far as a pronoun opening the next sentence can tell: its first mention
        // when no preposition governs it ("À Rennes, Kerlann…" is about Kerlann)
        // nor a possessive ("The venture's first product, KommunalCloud Basis, is…" is about the product)
        var subject = FrontedSubject(text, sentence, mentions);
        if (subject < 0)
            subject = mentions.FindIndex(m => !GovernedBefore().IsMatch(text.AsSpan(sentence.Start, m.Span.Start - sentence.Start))
                && !Tokenizer.IsPossessiveAt(text, m.Span.End, sentence.End));
        _subject = subject >= 0 ? mentions[subject].Entity : -1;
        return mentions;
    }

    /// <summary>"SecNumCloud-qualified", "Kubernetes-based": a listed name joined to a lower-case word is two tokens.</summary>
    private void SplitNameCompounds(string text, List<TextSpan> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var t = tokens[i];
            var hyphen = text.LastIndexOf('-', t.End - 1, t.Length);
            if (hyphen <= t.Start || hyphen + 1 >= t.End || !char.IsLower(text[hyphen + 1])) continue;
            var prefix = ActorLexicon.Fold(text[t.Start..hyphen]);
            if (lexicon.LongestStartingWith(prefix) == 0 && !_learnt.ContainsKey(prefix)) continue;
            tokens[i] = new TextSpan(t.Start, hyphen);
            tokens.Insert(i + 1, new TextSpan(hyphen + 1, t.End));
        }
    }

    /// <summary>
    /// Learns, before the first sentence is read, the names another reading of the whole document found in its text
    /// (not the reference list's): "Armoricloud" named after "a confié à" in the opening sentence is known from a later
    /// one that introduces it ("Armoricloud est une filiale du groupe Kerdalo").
    /// </summary>
    public void Foresee(EntityRecognizer scout)
    {
        var listed = scout._byActor.Values.ToHashSet();
        var mapped = new Dictionary<int, int>();
        foreach (var e in scout._entities)
        {
            if (!listed.Contains(e.Index)) mapped[e.Index] = Register(e.Name, e.Kind, e.Country);
        }
        foreach (var (key, entity) in scout._learnt)
        {
            if (!mapped.TryGetValue(entity, out var mine) || !_learnt.TryAdd(key, mine)) continue;
            var first = key.Split(' ')[0];
            _learntLongest[first] = Math.Max(key.Count(c => c == ' ') + 1, _learntLongest.GetValueOrDefault(first));
            if (scout._learntShort.Contains(key)) _learntShort.Add(key);
        }
    }

    public int Register(string name, EntityKind kind, string? country = null)
    {
        var key = EntityKey.Normalise(name);
        if (_byKey.TryGetValue(key, out var existing)) return existing;
        if (lexicon.TryGet(ActorLexicon.KeyOf(Tokenizer.Words(name).Select(t => name.Substring(t.Start, t.Length))), out var entries))
            return RegisterActor(entries[0].Actor);
        var entity = new DocumentEntity(_entities.Count, name, kind) { Country = country };
        _entities.Add(entity);
        _byKey[key] = entity.Index;
        Learn(name, entity.Index);
        return entity.Index;
    }

    private int RegisterActor(Actor actor)
    {
        if (_byActor.TryGetValue(actor, out var known)) return known;
        var key = EntityKey.Normalise(actor.Name);
        if (_byKey.TryGetValue(key, out var existing)) return _byActor[actor] = existing;
        var entity = new DocumentEntity(_entities.Count, actor.Name, actor.Kind)
        {
            Country = actor.Country, Parent = actor.Parent, Roles = actor.Roles, Identifiers = actor.Identifiers,
        };
        foreach (var a in actor.Aliases.Concat(actor.Acronyms)) entity.AddAlias(a);
        _entities.Add(entity);
        _byKey[key] = entity.Index;
        _byActor[actor] = entity.Index;
        return entity.Index;
    }

    private void Learn(string surface, int entity)
    {
        var words = Tokenizer.Words(surface).Select(t => surface.Substring(t.Start, t.Length)).ToList();
        if (words.Count is 0 or > ActorLexicon.MaxWords) return;
        LearnKey(words, entity);
        // "Arvel Systems" is "Arvel" further down
        // ("Norvane Data Centres" is also "Norvane Data" and "Norvane")
        var shortForm = words.ToList();
        while (_entities[entity].Kind is EntityKind.Organization && shortForm.Count >= 2 && Lexicons.GenericNameEndings.Contains(shortForm[^1]))
        {
            shortForm.RemoveAt(shortForm.Count - 1);
            // "KfW Capital" shortened is KfW, another actor the reference list knows
            if (lexicon.TryGet(ActorLexicon.KeyOf(shortForm), out _)) break;
            LearnKey(shortForm, entity);
            _learntShort.Add(ActorLexicon.KeyOf(shortForm));
        }
        // people are named again by their surname alone
        if (_entities[entity].Kind == EntityKind.Person && words.Count >= 2)
            LearnKey([words[^1]], entity);
    }

    private void LearnKey(IReadOnlyList<string> words, int entity)
    {
        _learnt.TryAdd(ActorLexicon.KeyOf(words), entity);
        var first = ActorLexicon.Fold(words[0]);
        _learntLongest[first] = Math.Max(words.Count, _learntLongest.GetValueOrDefault(first));
    }

    private void FindKnownNames(string text, TextSpan sentence, List<TextSpan> tokens, string[] words, string[] folded, bool[] joinable, int[] covered, List<Candidate> candidates)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] >= 0) continue;
            var longest = Math.Max(lexicon.LongestStartingWith(folded[i]), _learntLongest.GetValueOrDefault(folded[i]));
            if (longest == 0) continue;
            var maxN = 1;
            while (maxN < longest && i + maxN < tokens.Count && joinable[i + maxN - 1] && covered[i + maxN] < 0) maxN++;
            for (var n = maxN; n >= 1; n--)
            {
                var key = n == 1 ? folded[i] : string.Join(' ', folded, i, n);
                int entity = -1;
                if (_learnt.TryGetValue(key, out var learnt) && char.IsUpper(words[i][0]) && !CutsLongerName(text, sentence, tokens, words, joinable, covered, i, n, key))
                    entity = learnt;
                // "Mistral Infrastructure Fund" is not Mistral AI: a one-word listed name leading a longer capitalised name
                // that ends like an investor's name is the start of another name
                else if (n == 1 && CapitalisedRun(words, joinable, covered, i, 5) is var run && run > 1 && Lexicons.InvestorNameEndings.Contains(words[i + run - 1]))
                    continue;
                else if (lexicon.TryGet(key, out var entries))
                {
                    var slice = new ArraySegment<string>(words, i, n);
                    var entry = entries.FirstOrDefault(e => ActorLexicon.Accepts(e, slice));
                    if (entry is not null) entity = RegisterActor(entry.Actor);
                }
                if (entity < 0) continue;
                // "Eviden Sovereign Cloud Platform": a company's name leading a product name
                var product = ProductNameAfter(words, joinable, covered, i, n);
                // "son offre d'hébergement, Sanitek Vault,", "under the Tamarlink Home brand": the run is named as an offering
                if (_entities[entity].Kind == EntityKind.Organization && CapitalisedRun(words, joinable, covered, i, 6) is var whole
                    && whole > Math.Max(n, product) && IsOfferingName(text, tokens, words, i, whole))
                    product = whole;
                // "Azure Virtual Desktop", "Microsoft Azure Stack HCI": a technology's name leading a longer one
                if (_entities[entity].Kind == EntityKind.Technology && TechnologyNameAfter(words, joinable, covered, i, n) is var longer && longer > n)
                {
                    entity = Register(text[tokens[i].Start..tokens[i + longer - 1].End], EntityKind.Technology);
                    n = longer;
                }
                if (product > n && _entities[entity].Kind is EntityKind.Organization or EntityKind.Offering)
                {
                    var productName = text[tokens[i].Start..tokens[i + product - 1].End];
                    entity = Register(productName, EntityKind.Offering);
                    n = product;
                }
                // "Proximus NXT, the public-sector unit of Proximus": a company's name leading unknown capitalised words that an
                // apposition describes as a company is another company's name
                if (_entities[entity].Kind == EntityKind.Organization && product <= n && UnitNameAfter(text, sentence, tokens, words, folded, joinable, covered, i, n) is var unit and > 0)
                {
                    n = unit;
                    entity = Register(text[tokens[i].Start..tokens[i + n - 1].End], EntityKind.Organization);
                }
                // "Capgemini UK", "Telia Sverige": a group's national arm is a company of its own
                if (_entities[entity].Kind == EntityKind.Organization && i + n < tokens.Count && joinable[i + n - 1] && covered[i + n] < 0
                    && Lexicons.CountrySuffixes.Contains(words[i + n]))
                {
                    n++;
                    entity = Register(text[tokens[i].Start..tokens[i + n - 1].End], EntityKind.Organization);
                }
                // "Cumulo SAS": the legal form belongs to the mention
                if (i + n < tokens.Count && joinable[i + n - 1] && covered[i + n] < 0 && Lexicons.LegalForms.Contains(words[i + n])) n++;
                candidates.Add(new Candidate(new TextSpan(tokens[i].Start, tokens[i + n - 1].End), entity, 2, false));
                for (var k = i; k < i + n; k++) covered[k] = entity;
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>
    /// A name this document taught ("Cumulo") followed by more capitalised words that are described as a product or a
    /// company ("Cumulo Vault, un cloud privé"): the longer name is the mention.
    /// </summary>
    private bool CutsLongerName(string text, TextSpan sentence, List<TextSpan> tokens, string[] words, bool[] joinable, int[] covered, int i, int n, string key)
    {
        if (i + n >= tokens.Count || !joinable[i + n - 1] || covered[i + n] >= 0 || !IsCapitalised(words[i + n]) || NotAName(words[i + n])
            || Lexicons.LegalForms.Contains(words[i + n]))
            return false;
        if (_learntShort.Contains(key)) return true;
        var run = CapitalisedRun(words, joinable, covered, i, 5);
        if (run <= n) return false;
        var end = tokens[i + run - 1].End;
        var after = text.Substring(end, Math.Min(sentence.End, end + 80) - end);
        return OfferingAppositionAfter().IsMatch(after) || AppositionAfter().IsMatch(after);
    }

    /// <summary>
    /// Length of a capitalised run from a company's name that no list knows past the name and that an apposition describes
    /// as a company ("BT Business, the enterprise arm of…"); else 0.
    /// </summary>
    private int UnitNameAfter(string text, TextSpan sentence, List<TextSpan> tokens, string[] words, string[] folded, bool[] joinable, int[] covered, int i, int n)
    {
        if (i + n >= tokens.Count || !joinable[i + n - 1] || covered[i + n] >= 0 || NotAName(words[i + n]) || Lexicons.LegalForms.Contains(words[i + n])
            || Lexicons.CountrySuffixes.Contains(words[i + n]) || lexicon.LongestStartingWith(folded[i + n]) > 0)
            return 0;
        var run = CapitalisedRun(words, joinable, covered, i, n + 3);
        if (run <= n) return 0;
        var end = tokens[i + run - 1].End;
        return AppositionAfter().IsMatch(text.AsSpan(end, Math.Min(sentence.End, end + 80) - end)) ? run : 0;
    }

    /// <summary>Words in a capitalised run after a company's name that end in a product noun; else 0.</summary>
    private static int ProductNameAfter(string[] words, bool[] joinable, int[] covered, int i, int n)
    {
        var k = i + n;
        var last = 0;
        while (k < words.Length && k - i < 7 && joinable[k - 1] && covered[k] < 0 && (IsCapitalised(words[k]) || words[k] is "for" or "de" or "by"))
        {
            if (Lexicons.ProductNouns.Contains(words[k])) last = k - i + 1;
            k++;
        }
        return last;
    }

    /// <summary>Capitalised words (at most three) right after a technology's name that no list knows: its longer name; else 0.</summary>
    private int TechnologyNameAfter(string[] words, bool[] joinable, int[] covered, int i, int n)
    {
        var k = i + n;
        // "vSphere", "eForms": a product word may open in lower case before a capital
        while (k < words.Length && k - i - n < 3 && joinable[k - 1] && covered[k] < 0
               && (IsCapitalised(words[k]) || words[k].Length > 1 && char.IsLower(words[k][0]) && words[k].Skip(1).Any(char.IsUpper)) && !NotAName(words[k])
               && !Lexicons.FunctionWords.Contains(words[k]) && !Lexicons.LegalForms.Contains(words[k]) && lexicon.LongestStartingWith(ActorLexicon.Fold(words[k])) == 0)
            k++;
        return k - i > n ? k - i : 0;
    }

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);

    private static bool IsCueAcronym(string w) => w is "SEM" or "SPL" or "ESN";

    /// <summary>Whether an organisation the document named starts with this word.</summary>
    private bool NamesAnOrganisation(string firstWord) =>
        _entities.Any(e => e.Kind == EntityKind.Organization && e.Name.StartsWith(firstWord + " ", StringComparison.Ordinal));

    /// <summary>"Océa 5G", "Nubo 4G": a network generation ends a name.</summary>
    private static bool IsGeneration(string w) => w.Length == 2 && char.IsDigit(w[0]) && w[1] == 'G';

    private static bool IsOfferingCue(string w) => Lexicons.OfferingCues.Contains(w) || Lexicons.NearOfferingCues.Contains(w);

    /// <summary>A capitalised word that is never a name on its own: <see cref="Lexicons.NotNames"/>, and "Leeds-based".</summary>
    private static bool NotAName(string w) => Lexicons.NotNames.Contains(w) || w.EndsWith("-based", StringComparison.OrdinalIgnoreCase);

    /// <summary>Length of the run of capitalised words starting at <paramref name="i"/> (particles allowed inside).</summary>
    private static int CapitalisedRun(string[] words, bool[] joinable, int[] covered, int i, int max)
    {
        if (!IsCapitalised(words[i]) || covered[i] >= 0) return 0;
        var n = 1;
        var lastCap = 1;
        while (n < max && i + n < words.Length && joinable[i + n - 1] && covered[i + n] < 0 && !Lexicons.LegalForms.Contains(words[i + n])
               && (IsCapitalised(words[i + n]) || Lexicons.NameParticles.Contains(words[i + n]) || IsGeneration(words[i + n])))
        {
            n++;
            if (IsCapitalised(words[i + n - 1]) || IsGeneration(words[i + n - 1])) lastCap = n;
        }
        return lastCap;
    }

    private void FindPeople(string text, TextSpan sentence, List<TextSpan> tokens, string[] words, string[] folded, bool[] joinable, int[] covered, List<Candidate> candidates)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCapitalised(words[i]) || NotAName(words[i]) || lexicon.TryGet(folded[i], out _)) continue;
            var n = CapitalisedRun(words, joinable, covered, i, 4);
            if (n < 2) continue;
            // "de l'Économie Bruno Le Maire": the name starts at the first name inside the run
            var firstName = Enumerable.Range(i, n).FirstOrDefault(k => Lexicons.FirstNames.Contains(words[k]), -1);
            if (firstName > i && firstName < i + n - 1)
            {
                i = firstName - 1;
                continue;
            }
            var before = text.Substring(Math.Max(sentence.Start, tokens[i].Start - 60), tokens[i].Start - Math.Max(sentence.Start, tokens[i].Start - 60));
            var after = text.Substring(tokens[i + n - 1].End, Math.Min(sentence.End, tokens[i + n - 1].End + 60) - tokens[i + n - 1].End);
            var known = Lexicons.FirstNames.Contains(words[i]);
            var startsRun = i == 0 || !joinable[i - 1] || !IsCapitalised(words[i - 1]) || NotAName(words[i - 1]);
            var cued = startsRun && (TitleAfter().IsMatch(after) || TitleOrSpeechBefore().IsMatch(before) || SpeechAfter().IsMatch(after));
            if (!known && !cued) continue;
            // "Arvel Systems, a certified partner": a company name, not a person
            if (Lexicons.GenericNameEndings.Contains(words[i + n - 1]) || Lexicons.LegalForms.Contains(words[i + n - 1])) continue;
            // a run that is a known organisation is not a person ("Orange Business Services")
            var runKey = string.Join(' ', folded, i, n);
            if (lexicon.TryGet(runKey, out _)) continue;
            var name = text.Substring(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start);
            var entity = Register(name, EntityKind.Person);
            if (_entities[entity].Kind != EntityKind.Person) continue;
            candidates.Add(new Candidate(new TextSpan(tokens[i].Start, tokens[i + n - 1].End), entity, 3, false));
            for (var k = i; k < i + n; k++) covered[k] = entity;
            i += n - 1;
        }
    }

    private void FindUnknownOrganisations(string text, TextSpan sentence, List<TextSpan> tokens, string[] words, string[] folded, bool[] joinable, int[] covered, List<Candidate> candidates)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] >= 0 || !IsCapitalised(words[i]) || NotAName(words[i])) continue;
            // "la SEM Occitanie Data": a company kind written in capitals is the cue before the name, not its first word
            if (IsCueAcronym(words[i]) && i + 1 < tokens.Count && joinable[i] && covered[i + 1] < 0 && IsCapitalised(words[i + 1])) continue;
            if (i > 0 && joinable[i - 1] && IsCapitalised(words[i - 1]) && !NotAName(words[i - 1]) && !Lexicons.Nationalities.ContainsKey(words[i - 1].ToLowerInvariant())
                && !IsCueAcronym(words[i - 1])) continue;
            var n = CapitalisedRun(words, joinable, covered, i, 5);
            if (n == 0 || IsSeatOfCompany(text, sentence, tokens[i])) continue;
            var prev = i > 0 ? folded[i - 1] : "";
            var prevRaw = i > 0 ? words[i - 1] : "";
            var gapBefore = i > 0 ? text[tokens[i - 1].End..tokens[i].Start] : "";
            string? country = null;
            var cue = i > 0 && gapBefore.Trim().Length <= 1 && (Lexicons.OrgCues.Contains(prevRaw) || Lexicons.OrgCues.Contains(prev));
            cue |= i > 1 && gapBefore == " " && !IsCapitalised(prevRaw) && !Lexicons.FunctionWords.Contains(prevRaw) && Lexicons.OrgCues.Contains(words[i - 2])
                && text.AsSpan(tokens[i - 2].End, tokens[i - 1].Start - tokens[i - 2].End).SequenceEqual(" ");
            // "la société d'économie mixte Numérique 30", "la société publique locale Ardèche Data"
            cue |= i > 2 && LocalPublicCompany().IsMatch(text.AsSpan(Math.Max(sentence.Start, tokens[i].Start - 40), tokens[i].Start - Math.Max(sentence.Start, tokens[i].Start - 40)));
            if (i > 0 && Lexicons.Nationalities.TryGetValue(prevRaw.ToLowerInvariant(), out var c) && gapBefore == " ")
            {
                cue = true;
                country = c;
            }
            var organisationCue = cue;
            // "l'offre du Chinois": a nationality noun alone points back to an actor (a role noun), it names nothing
            if (n == 1 && Lexicons.Nationalities.ContainsKey(words[i].ToLowerInvariant())) continue;
            var offering = IsOfferingName(text, tokens, words, i, n);
            cue |= offering;
            var legalForm = i + n < words.Length && joinable[i + n - 1] && Lexicons.LegalForms.Contains(words[i + n]);
            var after = text.Substring(tokens[i + n - 1].End, Math.Min(sentence.End, tokens[i + n - 1].End + 80) - tokens[i + n - 1].End);
            var apposition = AppositionAfter().IsMatch(after);
            // "Cumulo Vault, un cloud privé bâti sur OpenStack": a product described as one
            if (!legalForm && !organisationCue && OfferingAppositionAfter().IsMatch(after)) offering = apposition = true;
            if (!cue && !legalForm && !apposition) continue;
            // the lexicon may know the run under another case, or part of it: let known names win
            var runKey = string.Join(' ', folded, i, n);
            if (lexicon.TryGet(runKey, out _) || (n == 1 && lexicon.TryGet(folded[i], out _))) continue;
            var end = legalForm ? i + n : i + n - 1;
            var name = text.Substring(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start);
            if (name.Length < 2) continue;
            var entity = Register(name, offering && !legalForm ? EntityKind.Offering : EntityKind.Organization, country);
            candidates.Add(new Candidate(new TextSpan(tokens[i].Start, tokens[end].End), entity, 1, false));
            for (var k = i; k <= end; k++) covered[k] = entity;
            i = end;
        }
    }

    /// <summary>
    /// "Historiquement connue pour la gamme Dedibox, commercialisée depuis 2006, l'entreprise a…": after a fronted
    /// participle clause, the subject is the mention that follows a comma and leads a verb; -1 when none.
    /// </summary>
    private static int FrontedSubject(string text, TextSpan sentence, List<Mention> mentions)
    {
        if (mentions.Count < 2) return -1;
        var s = text.AsSpan(sentence.Start, sentence.Length);
        if (!FrontedClause().IsMatch(s) && !FrontedParticiple().IsMatch(s)) return -1;
        for (var i = 1; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (AfterComma().IsMatch(text.AsSpan(sentence.Start, m.Span.Start - sentence.Start))
                && SubjectVerbAfter().IsMatch(text.AsSpan(m.Span.End, sentence.End - m.Span.End)))
                return i;
        }
        return -1;
    }

    [GeneratedRegex(@"^[\s«“""]*(?:\p{L}+ment\s+)?\p{L}+(?:ée?s?|ue?s?|ie?s?|ise?s?|ite?s?|ed|wn)\s+(?:par|pour|en|à|au|aux|dans|depuis|de|du|des|sur|by|for|in|as|since|from|with|on|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedParticiple();

    /// <summary>", ", ", l'entreprise ", ", the Leeds firm ": what may stand between a fronted clause's comma and the subject's name.</summary>
    [GeneratedRegex(@",\s*(?:(?:l['’]|le |la |les |the )\s*(?:[\p{L}-]+\s+){0,2}?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterComma();

    /// <summary>"Basée à Saint-Malo, Armoricloud…", "based in Leeds": the run names the place a company sits in.</summary>
    private static bool IsSeatOfCompany(string text, TextSpan sentence, TextSpan token)
    {
        var from = Math.Max(sentence.Start, token.Start - 30);
        return SeatBefore().IsMatch(text.AsSpan(from, token.Start - from));
    }

    [GeneratedRegex(@"\b(?:basée?s?|based|headquartered|installée?s?|implantée?s?|située?s?|located|domiciliée?s?|établie?s?)\s+(?:à|in)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SeatBefore();

    /// <summary>The capitalised runs left after the other finders, named by the <see cref="Names"/> model.</summary>
    private void FindNamesByModel(string text, TextSpan sentence, List<TextSpan> tokens, string[] words, string[] folded, bool[] joinable, int[] covered,
        MatchCollection roleNounMatches, List<Candidate> candidates)
    {
        // "l'ESN", "le Chinois": role nouns point back to a named actor, they are not names themselves
        var roleNouns = roleNounMatches.Select(m => new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] >= 0 || !IsCapitalised(words[i]) || NotAName(words[i])) continue;
            if (roleNouns.Exists(r => tokens[i].Start >= r.Start && tokens[i].End <= r.End)) continue;
            if (i > 0 && joinable[i - 1] && IsCapitalised(words[i - 1])) continue;
            var n = CapitalisedRun(words, joinable, covered, i, 6);
            if (n == 0 || IsSeatOfCompany(text, sentence, tokens[i])) continue;
            // "(OBS)": an acronym being defined belongs to the name before it
            if (n == 1 && tokens[i].Start > 0 && text[tokens[i].Start - 1] == '(') continue;
            // a sentence's first word is capitalised whatever it is ("Baptisée Socle Ouvert, l'offre…"): the run
            // without it is a candidate too, and the likelier reading wins
            (EntityKind Kind, double Probability, int Start)? best = null;
            for (var start = i; start <= (i == 0 && n >= 2 ? 1 : i); start++)
            {
                var features = NameFeatures.Of(text, sentence, tokens, words, folded, start, n - (start - i));
                Collected?.Add((text[tokens[start].Start..tokens[i + n - 1].End], features));
                if (Names?.Classify(features) is { } found && (best is null || found.Probability > best.Value.Probability))
                    best = (found.Kind, found.Probability, start);
            }
            if (best is not { } b) continue;
            // "Thamesgate Systems … offers Thamesgate Private Cloud": a company's first word leading a product noun names its offering
            if (b.Kind == EntityKind.Organization && n - (b.Start - i) >= 2 && Lexicons.ProductNouns.Contains(words[i + n - 1]) && NamesAnOrganisation(words[b.Start]))
                best = b = b with { Kind = EntityKind.Offering };
            var entity = Register(text[tokens[b.Start].Start..tokens[i + n - 1].End], b.Kind);
            candidates.Add(new Candidate(new TextSpan(tokens[b.Start].Start, tokens[i + n - 1].End), entity, 0, false));
            for (var k = b.Start; k < i + n; k++) covered[k] = entity;
            i += n - 1;
        }
    }

    /// <summary>
    /// Public bodies named by their official form: "le ministère de l'Économie et des Finances", "the Ministry of
    /// Culture", "la Région Occitanie", "le conseil départemental de la Gironde".
    /// </summary>
    private void FindPublicBodies(string text, TextSpan sentence, List<TextSpan> tokens, int[] covered, List<Candidate> candidates)
    {
        var sentenceText = text[sentence.Start..sentence.End];
        var agencies = Matches(AgencyName(), MayHaveAgencyName, sentenceText);
        var trusts = Matches(NhsTrustName(), MayHaveNhsTrustName, sentenceText);
        // the longest name from each start: "Westmarsh City Council", not "City Council" after an unknown "Westmarsh"
        foreach (var m in Matches(PublicBodyName(), MayHavePublicBodyName, sentenceText).Concat(Matches(CouncilName(), MayHaveCouncilName, sentenceText))
                     .Concat(trusts).Concat(agencies).Concat(Matches(NationalGovernmentName(), MayHaveNationalGovernmentName, sentenceText))
                     .OrderBy(m => m.Index).ThenByDescending(m => m.Length))
        {
            var name = m.Value;
            // "Orange and Leeds Teaching Hospitals NHS Trust": a listed company before "and" is not part of the trust's name
            if (trusts.Contains(m) && name.IndexOf(" and ", StringComparison.Ordinal) is var joint and > 0 && LeadsAsCompany(name[..name.IndexOf(' ')]))
                name = name[(joint + 5)..];
            var start = sentence.Start + m.Index + m.Length - name.Length;
            var end = start + name.Length;
            var first = tokens.FindIndex(t => t.Start >= start);
            var last = tokens.FindLastIndex(t => t.End <= end);
            if (first < 0 || last < first || Enumerable.Range(first, last - first + 1).Any(k => covered[k] >= 0)) continue;
            // "Microsoft Office" is a product, "Orange Cyberdefense Agency" a company's unit: a listed name leads them
            if (agencies.Contains(m) && LeadsAsCompany(text.Substring(tokens[first].Start, tokens[first].Length))) continue;
            var entity = Register(char.ToUpperInvariant(name[0]) + name[1..], EntityKind.PublicBody);
            if (_entities[entity].Kind != EntityKind.PublicBody) continue;
            candidates.Add(new Candidate(new TextSpan(start, end), entity, 2, false));
            for (var k = first; k <= last; k++) covered[k] = entity;
        }
    }

    private bool LeadsAsCompany(string word) =>
        lexicon.TryGet(ActorLexicon.Fold(word), out var leading) && leading.Exists(e => e.Actor.Kind == EntityKind.Organization);

    /// <summary>
    /// A product name: after a determiner and an offering noun ("son offre Flexible Engine", "la plateforme « Nuvia »"),
    /// or in English between a determiner and such a noun ("its Flexible Engine platform").
    /// </summary>
    private static bool IsOfferingName(string text, List<TextSpan> tokens, string[] words, int i, int n)
    {
        // "a service branded Nimbia Platform"
        if (i >= 1 && words[i - 1] is "branded" or "dubbed" or "marketed" or "Branded" or "Dubbed" or "Baptisée" or "Baptisé" && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim(" \u00A0«“\"").IsEmpty)
            return true;
        // "son offre de cloud privé KeronStack", "the flagship platform, Stratos IaaS,": a cue a few lower-case words back
        for (var back = 2; back <= 5 && i - back >= 1; back++)
        {
            if (IsCapitalised(words[i - back + 1]) && back > 2) break;
            var cue = Lexicons.OfferingCues.Contains(words[i - back]) || back == 2 && Lexicons.NearOfferingCues.Contains(words[i - back]) && !Lexicons.FunctionWords.Contains(words[i - 1]);
            if (!cue || !IsDeterminer(text, tokens, words, i - back - 1 < 0 ? 0 : i - back - 1)) continue;
            var between = text.AsSpan(tokens[i - back].End, tokens[i].Start - tokens[i - back].End);
            if (!between.ContainsAny(".;:()") && Enumerable.Range(i - back + 1, back - 1).All(k => !IsCapitalised(words[k]))) return true;
        }
        if (i >= 2 && IsOfferingCue(words[i - 1]) && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim(" \u00A0«“\"").SequenceEqual(",")
            && Enumerable.Range(Math.Max(0, i - 5), i - 1 - Math.Max(0, i - 5)).Any(k => IsDeterminer(text, tokens, words, k) && Enumerable.Range(k + 1, i - 2 - k).All(j => !IsCapitalised(words[j]))))
            return true;
        // "La solution retenue, baptisée Korvo Espace": a naming word after an offering noun
        if (i >= 2 && words[i - 1] is "baptisée" or "baptisé" or "appelée" or "appelé" or "nommée" or "called" or "named"
            && Enumerable.Range(Math.Max(0, i - 5), i - 1 - Math.Max(0, i - 5)).Any(k => Lexicons.OfferingCues.Contains(words[k])))
            return true;
        if (i >= 2 && IsOfferingCue(words[i - 1]) && Lexicons.OfferingDeterminers.Contains(words[i - 2])
            && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim(" \u00A0«“\"").IsEmpty)
            return true;
        return i >= 1 && i + n < words.Length && IsDeterminer(text, tokens, words, i - 1) && Lexicons.OfferingNouns.Contains(words[i + n])
            && text.AsSpan(tokens[i + n - 1].End, tokens[i + n].Start - tokens[i + n - 1].End).Trim(" \u00A0»”\"").IsEmpty;
    }

    /// <summary>A determiner or possessive before an offering cue: "son", "its", or the "s" of "Kestrel's".</summary>
    private static bool IsDeterminer(string text, List<TextSpan> tokens, string[] words, int k) =>
        Lexicons.OfferingDeterminers.Contains(words[k]) || words[k] == "s" && tokens[k].Start > 0 && Tokenizer.IsPossessiveAt(text, tokens[k].Start - 1, text.Length);

    /// <summary>"Orange Business Services (OBS)": the acronym names the same entity from now on.</summary>
    private void FindAcronymDefinitions(string text, TextSpan sentence, List<TextSpan> tokens, string[] words, List<Candidate> candidates)
    {
        foreach (Match m in AcronymInParens().Matches(text[sentence.Start..sentence.End]))
        {
            var open = sentence.Start + m.Index;
            var acronym = m.Groups[1].Value;
            // "(Cnav)", "(DGFiP)": written in mixed case, only initials tell it from a word in brackets ("(Paris)")
            var mixedCase = acronym.Skip(1).Any(char.IsLower);
            var before = candidates.Where(c => c.Span.End <= open && text.AsSpan(c.Span.End, open - c.Span.End).Trim().IsEmpty)
                .OrderByDescending(c => c.Span.End).FirstOrDefault();
            // an unknown long name whose initials spell the acronym: "Agence Nationale du Numérique (ANN)", or in
            // sentence case, every word but the small ones: "Caisse nationale d'assurance vieillesse (Cnav)"
            var ti = tokens.FindLastIndex(t => t.End <= open);
            var start = ti < 0 ? -1 : InitialsStart(words, ti, acronym, sentenceCase: false);
            if (start < 0 && ti >= 0) start = InitialsStart(words, ti, acronym, sentenceCase: true);
            // the name before the brackets, unless it is only the name model's guess at part of the spelt-out name
            // ("Office for National Statistics (ONS)" over a guessed "National Statistics")
            var spelt = start >= 0 && before.Span.Length > 0 && before.Priority == 0 && tokens[start].Start < before.Span.Start;
            int entity;
            if (before.Span.Length > 0 && !before.IsRole && !mixedCase && !spelt)
            {
                entity = before.Entity;
            }
            else
            {
                if (start < 0) continue;
                var last = ti > start && words[ti] == "s" && text[tokens[ti].Start - 1] is '\'' or '’' ? ti - 1 : ti;
                var name = text[tokens[start].Start..tokens[last].End];
                var isPublic = PublicBodyWords().IsMatch(name);
                entity = Register(name, isPublic ? EntityKind.PublicBody : EntityKind.Organization);
                candidates.RemoveAll(c => c.Span.Start < tokens[ti].End && c.Span.End > tokens[start].Start);
                candidates.Add(new Candidate(new TextSpan(tokens[start].Start, tokens[ti].End), entity, 1, false));
            }
            LearnKey([acronym], entity);
            var acrStart = open + m.Groups[1].Index - m.Index;
            candidates.RemoveAll(c => c.Span.Start < acrStart + acronym.Length && c.Span.End > acrStart);
            candidates.Add(new Candidate(new TextSpan(acrStart, acrStart + acronym.Length), entity, 2, false));
        }
    }

    /// <summary>
    /// The token where a name ending at <paramref name="last"/> starts when its initials spell the acronym (its capitals
    /// only, for "DGFiP"); -1 when none. In sentence case every word but the small ones gives its initial, and the name
    /// must start with a capital.
    /// </summary>
    private static int InitialsStart(string[] words, int last, string acronym, bool sentenceCase)
    {
        var capitals = new string(acronym.Where(char.IsUpper).ToArray());
        var initials = "";
        for (var k = last; k >= 0 && last - k < 12; k--)
        {
            if (sentenceCase ? !Lexicons.FunctionWords.Contains(words[k]) : IsCapitalised(words[k])) initials = words[k][0] + initials;
            else continue;
            if (!IsCapitalised(words[k])) continue;
            if (string.Equals(initials, acronym, StringComparison.OrdinalIgnoreCase) || capitals.Length >= 3 && string.Equals(initials, capitals, StringComparison.OrdinalIgnoreCase)) return k;
        }
        return -1;
    }

    /// <param name="roleNouns">The matches of <see cref="RoleNoun"/> in the sentence.</param>
    private void FindRoleNouns(string text, TextSpan sentence, MatchCollection roleNouns, List<Candidate> candidates)
    {
        var s = text[sentence.Start..sentence.End];
        foreach (Match m in roleNouns)
        {
            var span = new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            if (candidates.Any(c => c.Span.Start < span.End && c.Span.End > span.Start)) continue;
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            // "la société Bleu": the name that follows is the mention, not an anaphor; "l'intégrateur nantais Pontavès"
            // says what Pontavès is, for "l'intégrateur" further on
            var rest = s.AsSpan(m.Index + m.Length).TrimStart(" «“\"");
            var restAt = sentence.Start + s.Length - rest.Length;
            var named = candidates.FindIndex(c => c.Span.Start >= span.End && c.Span.Start <= span.End + 3);
            if (rest.Length > 0 && char.IsUpper(rest[0]) && named >= 0)
            {
                LearnRole(candidates[named].Entity, noun);
                continue;
            }
            // "la société d'économie mixte Numérique Gard": a kind of company, named after it
            if (LocalPublicCompanyKind().IsMatch(rest)) continue;
            if (NameAfterAdjective().Match(rest.ToString()) is { Success: true } adjective)
            {
                named = candidates.FindIndex(c => c.Span.Start == restAt + adjective.Length - 1);
                if (named >= 0) LearnRole(candidates[named].Entity, noun);
                continue;
            }
            // "la coentreprise de Thales et Google", "the venture, called Nubéa": the noun describes the names around it
            if (NamedAfter().IsMatch(rest) || OfName().IsMatch(rest)) continue;
            // "Talvane Cloud, la coentreprise formée par A et B": in apposition the noun describes the name before it
            // unless a verb or a comma follows ("pour le compte de Tressia, la solution est qualifiée") or the sentence opens on
            // a fronted clause ("Détenue par A et B, sans participation de C, la société…"): then the noun opens the main clause
            var afterNoun = s.AsSpan(m.Index + m.Length);
            var fronted = FrontedClause().IsMatch(s);
            var apposed = fronted || SubjectVerbAfter().IsMatch(afterNoun) || afterNoun.TrimStart().StartsWith(",") ? -1
                : candidates.FindIndex(c => !c.IsRole && c.Span.End <= span.Start && text.AsSpan(c.Span.End, span.Start - c.Span.End).Trim().SequenceEqual(","));
            if (apposed >= 0)
            {
                LearnRole(candidates[apposed].Entity, noun);
                continue;
            }
            if (m.Value.StartsWith("du ", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("au ", StringComparison.OrdinalIgnoreCase))
                span = new TextSpan(span.Start + 3, span.End);
            if (noun is "plateforme" or "platform" or "offre" or "offering" or "service" or "solution" or "gamme" or "product")
            {
                var offering = LastOffering();
                if (offering >= 0) candidates.Add(new Candidate(span, offering, 0, true));
                continue;
            }
            var nat = m.Groups["nat"].Success ? m.Groups["nat"].Value.ToLowerInvariant() : null;
            string? country = nat is not null && Lexicons.Nationalities.TryGetValue(nat, out var cc) ? cc : null;
            var role = RoleOf(noun);
            if (Lexicons.Nationalities.TryGetValue(noun, out var cn)) country = cn;
            var afterPreposition = AfterPreposition().IsMatch(s.AsSpan(0, span.Start - sentence.Start));
            var antecedent = noun is "ce dernier" or "cette dernière" or "the latter" or "celui-ci" or "celle-ci"
                ? LastNamed(candidates, span.Start)
                // "Garonne Datacenters, un hébergeur toulousain … L'hébergeur": the company the text described as one
                : country is null && DescribedRoleOf(noun) is { } described && RecentlyDescribed(described) is var said and >= 0 ? said
                : SubjectBeforeRelative(noun, s, sentence, candidates, span.Start) is var subject and >= 0 ? subject
                : FindAntecedent(role, country, candidates, span.Start, afterPreposition);
            if (antecedent < 0) continue;
            candidates.Add(new Candidate(span, antecedent, 0, true));
        }
        FindPublicBodyNouns(s, sentence, candidates);
        FindPersonNouns(s, sentence, candidates);
        FindSubjectPronoun(s, sentence, candidates);
        FindObjectPronoun(s, sentence, candidates);
    }

    /// <summary>
    /// "secrétaire générale du ministère", "the trust's chief executive", "président du syndicat mixte": a public body's
    /// common noun points back to the latest public body whose name says it is one of those (a ministry, a trust…).
    /// </summary>
    private void FindPublicBodyNouns(string s, TextSpan sentence, List<Candidate> candidates)
    {
        foreach (Match m in PublicBodyNoun().Matches(s))
        {
            var noun = m.Groups["noun"];
            var span = new TextSpan(sentence.Start + noun.Index, sentence.Start + noun.Index + noun.Length);
            if (candidates.Any(c => c.Span.Start < span.End && c.Span.End > span.Start)) continue;
            // "la région Bretagne", "le ministère de la Santé": a name follows, the noun is part of it or describes it
            var rest = s.AsSpan(noun.Index + noun.Length);
            if (rest.TrimStart(" «“\"").Length > 0 && char.IsUpper(rest.TrimStart(" «“\"")[0]) || OfName().IsMatch(rest.TrimStart())) continue;
            var stems = PublicBodyStems(noun.Value.ToLowerInvariant());
            var antecedent = LatestNamed(candidates, span.Start, 60, e => e.Kind == EntityKind.PublicBody && NamedAs(e, stems));
            if (antecedent >= 0) candidates.Add(new Candidate(span, antecedent, 0, true));
        }
    }

    private static bool NamedAs(DocumentEntity e, string[] stems) =>
        stems.Length == 0 || e.Aliases.Append(e.Name).Any(n => Text.Folding.Fold(n) is var f && stems.Any(st => f.Contains(st, StringComparison.Ordinal)));

    /// <summary>What a public body's name contains for its common noun to point to it (none: any public body).</summary>
    private static string[] PublicBodyStems(string noun) => noun switch
    {
        "ministère" or "ministry" => ["minist"],
        "department" => ["department", "minist"],
        "trust" => ["trust"],
        "council" => ["council", "conseil"],
        "département" or "conseil départemental" => ["departement", "conseil departemental"],
        "région" or "region" or "conseil régional" => ["region"],
        "syndicat" or "syndicat mixte" => ["syndicat"],
        "agence" or "agency" => ["agence", "agency"],
        "authority" or "autorité" => ["authority", "autorite"],
        "université" or "university" => ["universit"],
        "hôpital" or "hospital" or "centre hospitalier" or "chu" => ["hopital", "hospital", "chu", "hospitalier", "trust"],
        "ght" or "groupement" => ["ght", "groupement"],
        "ville" or "city" or "commune" or "mairie" => ["ville", "city", "commune", "mairie", "borough", "town"],
        "métropole" => ["metropole"],
        _ => [],
    };

    /// <summary>
    /// "Le CHU lui a attribué un marché", "the ministry awarded it a contract": the pronoun a contract, a sale or a
    /// supply goes to stands for the previous sentence's subject when that is an organisation.
    /// </summary>
    private void FindObjectPronoun(string s, TextSpan sentence, List<Candidate> candidates)
    {
        if (_subject < 0 || _entities[_subject].Kind != EntityKind.Organization) return;
        foreach (var m in Matches(ObjectPronoun(), MayHaveObjectPronoun, s))
        {
            var span = new TextSpan(sentence.Start + m.Groups["p"].Index, sentence.Start + m.Groups["p"].Index + m.Groups["p"].Length);
            if (!candidates.Any(c => c.Span.Start < span.End && c.Span.End > span.Start) && !candidates.Any(c => c.Entity == _subject && !c.IsRole))
                candidates.Add(new Candidate(span, _subject, 0, true));
        }
    }

    /// <summary>
    /// "Halyard is backed by Thameside, which owns 55% of the company": inside a relative clause, "the company" is the
    /// organisation the sentence opened on (its first name no preposition governs); -1 when the sentence is not so built.
    /// </summary>
    private int SubjectBeforeRelative(string noun, string s, TextSpan sentence, List<Candidate> candidates, int before)
    {
        if (noun is not ("company" or "société" or "entreprise" or "firm")) return -1;
        var first = candidates.Where(c => !c.IsRole && c.Span.End <= before).OrderBy(c => c.Span.Start).FirstOrDefault();
        if (first.Span.Length == 0 || _entities[first.Entity].Kind != EntityKind.Organization) return -1;
        if (GovernedBefore().IsMatch(s.AsSpan(0, first.Span.Start - sentence.Start))
            || !SubjectVerbAfter().IsMatch(s.AsSpan(first.Span.End - sentence.Start))) return -1;
        var between = s.AsSpan(first.Span.End - sentence.Start, before - first.Span.End);
        return RelativeOpening().IsMatch(between) ? first.Entity : -1;
    }

    [GeneratedRegex(@"^[\s«“""]*(?:Créée?s?|Fondée?s?|Lancée?s?|Détenue?s?|Formée?s?|Constituée?s?|Née?s?|Issue?s?|Contrôlée?s?|Filiale|Coentreprise|Founded|Created|Launched|Owned|Formed|Set up|Established|Backed|Controlled|Selon|According to|Pour|For|Avec|With|Comme|Like|Après|After|Depuis|Since|Chez|At)\b")]
    private static partial Regex FrontedClause();

    [GeneratedRegex(@",\s*" + Lexicons.RelativePronounLiteral, RegexOptions.IgnoreCase)]
    private static partial Regex RelativeOpening();

    // the name is the subject of a verb: "Halyard is backed by…", "Kerlann a été rachetée…"
    [GeneratedRegex(@"^\s+(?:is|was|has|had|remains|est|était|a|avait|reste|demeure|sera|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectVerbAfter();

    private static string? RoleOf(string noun) => noun switch
    {
        "opérateur" or "operator" or "operateur" or "telco" => "operator",
        "éditeur" or "équipementier" or "constructeur" or "vendor" or "fabricant" or "manufacturer" => "vendor",
        "intégrateur" or "integrator" or "esn" => "integrator",
        "fonds" or "fund" or "investisseur" or "investor" => "investor",
        _ => null,
    };

    /// <summary>What a company can be described as for a role noun to find it: the roles, and nouns that otherwise point to any company.</summary>
    private static string? DescribedRoleOf(string noun) => RoleOf(noun) ?? noun switch
    {
        "hébergeur" or "provider" => "provider",
        "towerco" => "towerco",
        _ => null,
    };

    /// <summary>"Garonne Datacenters, un hébergeur toulousain", "Kestrel is a Leeds-based integrator": what the company is, for "l'hébergeur" further on.</summary>
    private void LearnDescribedRoles(string text, TextSpan sentence, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.IsRoleNoun || _entities[m.Entity].Kind != EntityKind.Organization) continue;
            var described = DescribedAs().Match(text, m.Span.End, Math.Min(sentence.End, m.Span.End + 60) - m.Span.End);
            if (described.Success) LearnRole(m.Entity, described.Groups["noun"].Value.ToLowerInvariant());
        }
    }

    [GeneratedRegex(@"\G\s*(?:,|est|is|was|était|reste|remains|demeure|devient|becomes|became|has become)\s*(?:un|une|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>opérateur|operator|telco|éditeur|équipementier|constructeur|vendor|fabricant|manufacturer|intégrateur|integrator|ESN|fonds|fund|investisseur|investor|hébergeur|provider|towerco)(?![\p{L}-])", RegexOptions.IgnoreCase)]
    private static partial Regex DescribedAs();

    /// <summary>What the text calls an organisation the reference list does not know ("l'éditeur Quillon"): its role from now on.</summary>
    private void LearnRole(int entity, string noun)
    {
        if (DescribedRoleOf(noun) is { } role && _entities[entity] is { Kind: EntityKind.Organization, Roles.Count: 0 } e) e.DocumentRoles.Add(role);
    }

    /// <summary>
    /// A sentence opening with "Elle", "Il", "It", "She" or "He" continues the previous sentence's subject: the pronoun
    /// is a mention of it (a person for "she"/"he", an organisation or a product for "it", either for "elle"/"il").
    /// Impersonal uses ("Il faut", "It is likely that") are left alone.
    /// </summary>
    private void FindSubjectPronoun(string s, TextSpan sentence, List<Candidate> candidates)
    {
        var m = SubjectPronoun().Match(s);
        if (!m.Success || _subject < 0) return;
        var span = new TextSpan(sentence.Start + m.Groups["p"].Index, sentence.Start + m.Groups["p"].Index + m.Groups["p"].Length);
        if (candidates.Any(c => c.Span.Start < span.End && c.Span.End > span.Start)) return;
        var kind = _entities[_subject].Kind;
        var fits = m.Groups["p"].Value.ToLowerInvariant() switch
        {
            "she" or "he" => kind == EntityKind.Person,
            "it" => kind is EntityKind.Organization or EntityKind.Offering,
            _ => kind is EntityKind.Person or EntityKind.Organization or EntityKind.Offering,
        };
        if (fits) candidates.Add(new Candidate(span, _subject, 0, true));
    }

    /// <summary>"la plateforme", "the offering": the last product named, not far back.</summary>
    private int LastOffering()
    {
        for (var k = _history.Count - 1; k >= 0 && _history.Count - k <= 12; k--)
        {
            if (_entities[_history[k]].Kind == EntityKind.Offering) return _history[k];
        }
        return -1;
    }

    /// <summary>
    /// "la nouvelle dirigeante a passé huit ans chez X", "the former banker leads the board": a noun for a person, with no
    /// name or organisation after it, is the last person named, when one was named in the last sentences.
    /// </summary>
    private void FindPersonNouns(string s, TextSpan sentence, List<Candidate> candidates)
    {
        foreach (Match m in PersonNoun().Matches(s))
        {
            var span = new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            if (candidates.Any(c => c.Span.Start < span.End && c.Span.End > span.Start)) continue;
            var rest = s.AsSpan(m.Index + m.Length).TrimStart(" ,«“\"");
            // "la directrice générale de X", "the engineer Ruth Kaye": a title or an apposition, not a pointer back
            if (rest.Length > 0 && char.IsUpper(rest[0]) || OfName().IsMatch(rest) || rest.StartsWith("de ") || rest.StartsWith("du ") || rest.StartsWith("d'") || rest.StartsWith("d’") || rest.StartsWith("of ")) continue;
            var person = LatestNamed(candidates, span.Start, 8, e => e.Kind == EntityKind.Person);
            if (person >= 0) candidates.Add(new Candidate(span, person, 0, true));
        }
    }

    /// <summary>
    /// The latest entity that fits, named before <paramref name="before"/> in the sentence, else among the document's last
    /// <paramref name="mentions"/> mentions; -1 when none.
    /// </summary>
    private int LatestNamed(List<Candidate> sameSentence, int before, int mentions, Func<DocumentEntity, bool> fits) =>
        sameSentence.Where(c => c.Span.End <= before && !c.IsRole).OrderByDescending(c => c.Span.Start).Select(c => c.Entity)
            .Concat(Enumerable.Range(0, Math.Min(mentions, _history.Count)).Select(k => _history[_history.Count - 1 - k]))
            .FirstOrDefault(e => fits(_entities[e]), -1);

    /// <summary>"ce dernier", "celle-ci", "the latter": the last name mentioned, when it is an organisation or a person.</summary>
    private int LastNamed(List<Candidate> sameSentence, int before)
    {
        var last = sameSentence.Where(c => c.Span.End <= before && !c.IsRole).OrderByDescending(c => c.Span.Start).Select(c => c.Entity).DefaultIfEmpty(-1).First();
        if (last < 0 && _history.Count > 0) last = _history[^1];
        return last >= 0 && _entities[last].Kind is EntityKind.Organization or EntityKind.Person ? last : -1;
    }

    private int FindAntecedent(string? role, string? country, List<Candidate> sameSentence, int before, bool afterPreposition = false)
    {
        bool Fits(int e)
        {
            var d = _entities[e];
            if (d.Kind != EntityKind.Organization) return false;
            if (country is not null && d.Country != country) return false;
            return role is null || d.Roles.Contains(role) || d.DocumentRoles.Contains(role);
        }
        // a generic noun ("la société", "the company") points to what the last sentences were about
        if (role is null && country is null)
        {
            // "Kelvio est devenu une filiale du groupe": the group is not Kelvio
            var namedBefore = afterPreposition ? sameSentence.Where(c => c.Span.End <= before && !c.IsRole).Select(c => c.Entity).ToHashSet() : [];
            // the latest, unless an earlier one is what the whole text is about and the latest a passing name
            // ("Dell supplies the compute nodes. The company holds ISO 27001" in a piece about Kuura Cloud)
            var chosen = -1;
            for (var k = _leaders.Count - 1; k >= 0 && _leaders.Count - k <= 3; k--)
            {
                if (!Fits(_leaders[k]) || namedBefore.Contains(_leaders[k])) continue;
                if (chosen < 0) chosen = _leaders[k];
                else if (MentionCount(_leaders[k]) >= 2 * MentionCount(chosen) + 2) chosen = _leaders[k];
            }
            if (chosen >= 0) return chosen;
        }
        // "l'éditeur lyonnais" after a sentence about a company the list does not know: that company, before any listed
        // vendor named earlier
        // (not for "le fonds": a fund is rarely what a sentence is about, it buys into it)
        if (role is not null and not "investor" && country is null && RecentLeaderUnlisted(role, 1, sameSentence) is var described and >= 0) return described;
        // a generic noun ("la société", "the company") points back past its own sentence's names
        foreach (var c in sameSentence.Where(c => (role is not null || country is not null) && c.Span.End <= before && !c.IsRole).OrderByDescending(c => c.Span.Start))
        {
            if (Fits(c.Entity)) return c.Entity;
        }
        for (var k = _history.Count - 1; k >= 0 && _history.Count - k < 60; k--)
        {
            if (Fits(_history[k])) return _history[k];
        }
        // "l'intégrateur" for a company nothing in the list or the text describes: what the last sentences were about
        if (role is not null and not "investor" && country is null && RecentLeaderUnlisted(role, 2, notNamedIn: null) is var unknown and >= 0) return unknown;
        // "l'opérateur" after only its subsidiary was named: the group it belongs to
        if (role is not null)
        {
            for (var k = _history.Count - 1; k >= 0 && _history.Count - k < 60; k--)
            {
                var parent = _entities[_history[k]].Parent;
                while (parent is not null && ActorCatalog.Default.ByName.TryGetValue(parent, out var p))
                {
                    if (p.Roles.Contains(role) && (country is null || p.Country == country)) return RegisterActor(p);
                    parent = p.Parent;
                }
            }
        }
        return -1;
    }

    private int MentionCount(int entity) => _history.Count(h => h == entity);

    /// <summary>The latest company of the last sentences the text described as having this role; -1 when none.</summary>
    private int RecentlyDescribed(string role)
    {
        for (var k = _history.Count - 1; k >= 0 && _history.Count - k <= 30; k--)
        {
            if (_entities[_history[k]].DocumentRoles.Contains(role)) return _history[k];
        }
        return -1;
    }

    // "Bastian Rehagen, Quellwerk's chief executive,": a company's possessive may come before the title
    /// <summary>
    /// The latest of the last <paramref name="sentences"/> sentence leaders that is an organisation the reference list
    /// does not know, with no role or the text's <paramref name="role"/>, and not named in <paramref name="notNamedIn"/>; -1 when none.
    /// </summary>
    private int RecentLeaderUnlisted(string role, int sentences, List<Candidate>? notNamedIn)
    {
        for (var k = _leaders.Count - 1; k >= 0 && _leaders.Count - k <= sentences; k--)
        {
            var d = _entities[_leaders[k]];
            if (d.Kind == EntityKind.Organization && d.Roles.Count == 0 && (d.DocumentRoles.Count == 0 || d.DocumentRoles.Contains(role))
                && (notNamedIn is null || !notNamedIn.Any(c => c.Entity == d.Index && !c.IsRole)))
                return d.Index;
        }
        return -1;
    }

    [GeneratedRegex(@"^\s*,\s*(?:(?:le|la|l['’]|the|a|an|son|sa|its|their)\s*)?(?-i:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}['’]s\s+)?(?:\p{Ll}+\s+){0,2}" + Lexicons.TitlePatternLiteral + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleAfter();

    [GeneratedRegex(@"(?:\b" + Lexicons.TitlePatternLiteral + @"|\b(?:explique|dit|assure|indique|déclare|souligne|précise|affirme|estime|ajoute|confie|reconnaît|rappelle|tranche|selon|says|said|explains|adds|according to|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?))[\s,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleOrSpeechBefore();

    [GeneratedRegex(@"^\s*(?:says|said|explains|explained|adds|added|told|a déclaré|a expliqué|a indiqué|a annoncé|explique|indique|assure|déclare|estime|affirme|précise|reconnaît|souligne)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"^\s*,\s*(?:(?:a|an|the|une?|la|le|l['’]|sa|its)\s*)?(?:[\p{L}'’-]+\s+){0,4}?(?:company|firm|provider|operator|vendor|start-?up|group|subsidiary|integrator|consultancy|consulting firm|specialist|publisher|maker|manufacturer|reseller|distributor|carrier|telco|bank|fund|investor|partner|division|unit|arm|société|entreprise|opérateur|fournisseur|éditeur|hébergeur|start-up|jeune pousse|groupe|filiale|intégrateur|équipementier|constructeur|fabricant|spécialiste|ESN|SSII|cabinet|banque|fonds|investisseur|partenaire|branche|coentreprise|joint venture|détenue?|owned|rachetée?|acquired|fondée?|founded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppositionAfter();

    [GeneratedRegex(@"^\s*,\s*(?:(?:a|an|the|une?|la|le|l['’]|sa|son|its|their|leur)\s*|(?-i:\p{Lu})[\p{L}.&-]*(?:\s+(?-i:\p{Lu})[\p{L}.&-]*){0,2}['’]s?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:platform|plateforme|offering|offre|service|solution|suite|orchestrateur|orchestrator|stack|pile|cloud privé|cloud public|cloud souverain|private cloud|public cloud|sovereign cloud)s?\b(?!\s+(?:provider|company|operator|firm|vendor|start-?up|group|specialist|fournisseur|opérateur|société|entreprise|éditeur|hébergeur|spécialiste))", RegexOptions.IgnoreCase)]
    private static partial Regex OfferingAppositionAfter();

    // head noun (+ one adjective) + "de/of" + a capitalised name, with "et/and" joining a second one
    // most sentences name no public body and hold no object pronoun: these patterns run where their relaxed forms match
    private static readonly Regex MayHavePublicBodyName = RelaxedPattern.Of(PublicBodyName());
    private static readonly Regex MayHaveCouncilName = RelaxedPattern.Of(CouncilName());
    private static readonly Regex MayHaveAgencyName = RelaxedPattern.Of(AgencyName());
    private static readonly Regex MayHaveNhsTrustName = RelaxedPattern.Of(NhsTrustName());
    private static readonly Regex MayHaveNationalGovernmentName = RelaxedPattern.Of(NationalGovernmentName());
    private static readonly Regex MayHaveObjectPronoun = RelaxedPattern.Of(ObjectPronoun());

    private static IReadOnlyList<Match> Matches(Regex pattern, Regex relaxed, string text) => relaxed.IsMatch(text) ? pattern.Matches(text) : [];

    [GeneratedRegex(@"(?<![\p{L}-])(?:(?:Federal|State|Dutch|French|German|Spanish|Italian|British|Irish|Belgian|Danish|Swedish|Norwegian|Finnish|Austrian|Swiss|Polish|Portuguese|Estonian|Czech|Greek|Luxembourg|\p{Lu}\p{Ll}+\s+State)\s+(?=(?:State\s+)?Ministry)){0,2}(?:[Mm]inistère|[Mm]inistry|[Mm]unicipality|[Pp]rovince|[Ss]ecrétariat d['’]État|[Dd]irection générale|[Cc]onseil (?:départemental|régional)|[Rr]égion|[Vv]ille|[Mm]airie|[Mm]étropole|[Cc]entre hospitalier(?: universitaire)?|GHT|CHU|CHRU|[Gg]roupement hospitalier de territoire|[Dd]epartment|[Cc]ouncil|[Pp]réfecture|[Cc]ity|[Dd]épartement|[Ss]yndicat(?: mixte| intercommunal)?(?: \p{Ll}+)?|[Cc]ommunauté d['’]agglomération|[Cc]ommunauté de communes|[Cc]ommunauté urbaine|[Uu]niversité|[Uu]niversity)(?: (?:[Dd]élégué|[Ff]ederal|[Ff]édéral))?\s+(?:(?:de la|de l['’]|du|des|de|d['’]|of the|of|for the|for|pour la|pour l['’]|chargée? de la|chargée? de l['’]|chargée? du|chargée? des)\s*)?(?:\p{Lu}[\p{L}-]+(?:['’]\p{Lu}[\p{L}-]*)?)(?:\s+(?:et|and|&)\s+(?:de la |de l['’]|du |des |de |d['’]|the |of )?\p{Lu}[\p{L}-]+(?:['’]\p{Lu}[\p{L}-]*)?|\s+(?:de la |de l['’]|du |des |de |d['’])\p{Lu}[\p{L}-]+(?:['’]\p{Lu}[\p{L}-]*)?|\s+\p{Lu}[\p{L}-]+(?:['’]\p{Lu}[\p{L}-]*)?)*(?:\s+(?:alimentaire|écologique|numérique|solidaire|territoriale|publique|nationale|industrielle|énergétique|sociale)s?)?")]
    private static partial Regex PublicBodyName();

    [GeneratedRegex(@"(?<![\p{L}-])(?!(?:The|Le|La|Les|A|An)\s)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+(?:(?:[Dd]epartmental|[Cc]ounty|[Cc]ity|[Rr]egional|[Dd]istrict|[Bb]orough|[Tt]own|[Mm]unicipal)\s+[Cc]ouncil|municipality|Municipality|district council|district|University(?!\s+\p{Lu})|County(?!\s+(?:Council|Commissioners|Board|\p{Lu})))\b")]
    private static partial Regex CouncilName();

    // English agencies named by their head noun: "the Greater Manchester Combined Authority", "the Norwegian Directorate of
    // Health", "the Central Digital and Data Office", "Crown Commercial Service"
    [GeneratedRegex(@"(?<![\p{L}-])(?!(?:The|A|An|In|On|At|For|By|From|Its|Their|Our)\s)(?:(?:\p{Lu}[\p{L}-]+\s+(?:(?:and|for|of)\s+)?){1,5}(?:Authority|Agency|Directorate|Office|Commission|Inspectorate|Administration|Regulator|Government)|(?:Crown|Government|National|Public|Civil|Federal)\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}Service)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,3})?\b")]
    private static partial Regex AgencyName();

    [GeneratedRegex(@"(?<![\p{L}-])(?!(?:The|A|An)\s)\p{Lu}[\p{L}-]+\s+(?:(?:and\s+)?\p{Lu}[\p{L}-]+\s+){0,3}NHS(?: Foundation)? Trust\b")]
    private static partial Regex NhsTrustName();

    /// <summary>"the Swedish State", "the German federal government": a country's state by its nationality adjective.</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?:Swedish|Norwegian|Danish|Finnish|German|Belgian|Dutch|Italian|Spanish|Portuguese|Austrian|Irish|Luxembourg|Polish|Greek|British|Estonian|Czech|Swiss)\s+(?:[Ff]ederal\s+)?(?:State|[Gg]overnment)\b(?!['’]s|\s+(?:agenc|department|bod|ministr|official|source|contract|bond|spending|IT\b|entit|organi[sz]ation|client|customer|workload|data\b|service|sector|scheme|programme|program|fund|cloud|network|website|portal|employee|staff|buyer|procurement)\w*)")]
    private static partial Regex NationalGovernmentName();

    [GeneratedRegex(@"\b(?:de|du|des|d['’]|of|à|au|aux|to|par|by|avec|with|pour|for|chez|at|in|en|dans|sur|on|from|depuis|selon|according to|après|after|avant|before|via|than|que|qu['’])\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GovernedBefore();

    // "the venture, called Nubéa,": the name that follows is what the noun stands for
    [GeneratedRegex(@"^,?\s*(?:called|named|dubbed|branded|known as|baptisée?|nommée?|appelée?|dénommée?)\s+\p{Lu}")]
    private static partial Regex NamedAfter();

    [GeneratedRegex(@"\b(?:de|du|des|d['’]|of|à|au|aux|to|par|by|avec|with|pour|for|chez|at)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterPreposition();

    [GeneratedRegex(@"^(?:de|du|des|d['’]|of|between|entre)\s*(?:(?:la|le|l['’]|the)\s*)?\p{Lu}")]
    private static partial Regex OfName();

    // "l'éditeur lyonnais Talmont", "l'opérateur historique Orange": an adjective by its ending, so that a verb before a
    // name ("la jeune pousse édite Pilotis") is not read as one
    [GeneratedRegex(@"\b(?:société|entreprise)s?\s+" + LocalPublicCompanyKindLiteral + @"(?:\s+\p{Ll}+){0,2}\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalPublicCompany();

    private const string LocalPublicCompanyKindLiteral = @"(?:d['’]économie mixte|publiques? locales?)";

    [GeneratedRegex(@"^" + LocalPublicCompanyKindLiteral + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex LocalPublicCompanyKind();

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}-]*(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|al|ale|el|elle|ique|que|if|ive|é|ée|eur|euse|ant|ante|ge|sse)\s+\p{Lu}")]
    private static partial Regex NameAfterAdjective();

    [GeneratedRegex(@"\(\s*(\p{Lu}[\p{Lu}\d&-]{1,7}|\p{Lu}[\p{L}\d]{2,6})\s*\)")]
    private static partial Regex AcronymInParens();

    [GeneratedRegex(@"\b(?:minist|agen|direction|office|authority|autorit|commission|council|conseil|département|department|agency|ministry|institut|caisse|bundesamt|service|administration|government|gouvernement|région|region|city|ville|hôpita|hospita|procurement|achats)", RegexOptions.IgnoreCase)]
    private static partial Regex PublicBodyWords();

    [GeneratedRegex(@"\b(?:(?i:the|la|l['’]|cette|this)\s*(?:\p{Ll}[\p{Ll}-]+\s+){1,3}(?<noun>platform|plateforme|offering)\b|(?i:l['’]|le |la |the |cet |cette |ce |du |au )(?<noun>opérateur|operateur|société|entreprise|groupe|éditeur|équipementier|constructeur|intégrateur|hébergeur|fournisseur|start-up|startup|jeune pousse|ESN|towerco|coentreprise|co-entreprise|acquéreur|plateforme|offre|service|solution|gamme|company|group|firm|operator|vendor|provider|integrator|telco|altnet|towerco|joint venture|venture|acquirer|fonds|fund|investisseur|investor|manufacturer|platform|offering|service|solution|product|PME|ETI|spécialiste|specialist|délégataire|prestataire|contractor|supplier|carrier|consultancy|outfit)(?:\s+(?<nat>chinois|allemand|américain|français|espagnol|italien|britannique|belge|chinese|german|american|french|spanish|italian|british|belgian))?|(?i:le |l['’]|the |du |au )(?<noun>Chinois|Allemand|Américain|Espagnol|Italien|Britannique|Belge)\b|(?i:(?<noun>ce dernier|cette dernière|the latter|celui-ci|celle-ci))|(?:le |son |du |au |the |its )(?:partenaire|géant|partner|giant)\s+(?<nat>chinois|allemand|américain|français|chinese|german|american|french)(?<noun>))(?![\p{L}-])")]
    private static partial Regex RoleNoun();

    [GeneratedRegex(@"(?<![\p{L}-])(?:l['’]|le |la |the |du |au |cet |cette |ce |this )(?<noun>ministère|ministry|department|trust|council|conseil départemental|conseil régional|département|région|region|collectivité|syndicat mixte|syndicat|agence|agency|authority|autorité|université|university|hôpital|hospital|centre hospitalier|CHU|GHT|groupement|ville|city|commune|mairie|métropole)(?![\p{L}-])", RegexOptions.IgnoreCase)]
    private static partial Regex PublicBodyNoun();

    [GeneratedRegex(@"(?<![\p{L}-])(?:[Ll]a |[Ll]e |[Ll]['’]|[Tt]he |[Cc]ette |[Cc]et |[Cc]e )(?:(?:nouvelle|nouveau|new|former|ancienne?|ex-)\s*)?(?:[\p{Ll}-]+\s+){0,1}?(?:dirigeante?|patronne?|élue?|haute? fonctionnaire|ingénieure?|banquier|banquière|executive|banker|engineer|official|quadragénaire|quinquagénaire|trentenaire)(?![\p{L}-])")]
    private static partial Regex PersonNoun();

    [GeneratedRegex(@"^[\s«“""]*(?:(?:Mais|But|Puis|Then|Aujourd['’]hui|Today|Désormais|Now|Depuis \d{4}|Since \d{4}|En \d{4}|In \d{4}|Auparavant|Previously|Before that|Avant cela|Jusqu['’]ici|Until now|Entre \d{4} et \d{4}|From \d{4} to \d{4}|Par ailleurs|Meanwhile|Enfin|Finally|Also|Ensuite)\s*,?\s*)?(?<p>Elle|Il|It|She|He|elle|il|she|he)\b(?!\s*(?:y\b|faut|s['’]agit|reste|semble|paraît|suffit|convient|manque|importe)|['’]s\b|\s+(?:est|is|was|était|sera|will be|would be|seems|appears)\s+(?:\p{Ll}+\s+){0,2}(?:que|qu['’]|de|d['’]|that|to|for|whether)\b)")]
    private static partial Regex SubjectPronoun();

    [GeneratedRegex(@"(?<![\p{L}-])(?:(?<p>lui)\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:(?:déjà|également|aussi|notamment|ainsi)\s+)?(?:attribu|confi|notifi|fourni|vend|cèd|céd|accord|octroi|lou|achet|achèt|command)\p{Ll}*|(?:awarded|granted|handed|sold|leased|supplied|selected|picked|contracted)\s+(?<p>it)\b(?!\s+(?:is|was|to)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectPronoun();
}
