using System.Text.RegularExpressions;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Extraction.Text;

namespace MarketGraph.Extraction.Entities;

/// <summary>
/// Every entity mention of a document: reference-list names, acronyms defined in parentheses, actors the
/// list does not know (names after cue words, legal forms, nationality nouns, ministries and agencies),
/// and role nouns that point back to the actor named just before ("l'opérateur", "the company").
/// </summary>
public sealed partial class MentionFinder(Gazetteer gazetteer)
{
    private const string Name = @"(?:[\p{Lu}\d][\p{L}\d&'’\-\.]*(?:\s(?:de\s|du\s|des\s|of\s|and\s|&\s|et\s)?[\p{Lu}\d][\p{L}\d&'’\-\.]*){0,4})";

    [GeneratedRegex(@"(?<long>[\p{Lu}][\p{L}'’\-]+(?:\s(?:[\p{Lu}][\p{L}'’\-]+|de|du|des|d'|of|and|et|la|le|l'|the)){0,8})\s\((?<acr>[\p{Lu}][\p{Lu}\d&\-]{1,9})\)")]
    private static partial Regex AcronymDefinition();

    [GeneratedRegex(@"\b(?:la\ssociété|l[’']entreprise|le\sgroupe|la\sstart-?up|l[’']éditeur|l[’']hébergeur|le\sfournisseur|l[’']opérateur|l[’']intégrateur|la\sfiliale|la\scoentreprise|the\scompany|the\sfirm|the\sstart-?up|the\sgroup|provider|operator|vendor|integrator|subsidiary|joint\sventure)\s(?<name>" + Name + ")")]
    private static partial Regex CueWordName();

    [GeneratedRegex(@"(?<name>" + Name + @")\s(?<form>SA|SAS|SASU|SARL|GmbH|AG|Inc\.?|Ltd\.?|LLC|plc|PLC|SpA|S\.p\.A\.|BV|NV|SE)\b")]
    private static partial Regex LegalFormName();

    [GeneratedRegex(@"\b(?:le|l[’']|the)\s?(?<nat>Chinois|Allemand|Américain|Français|Italien|Espagnol|Britannique|Japonais|Coréen|Néerlandais|Belge|Suisse|Indien|Sud-Africain|Chinese|German|American|French|Italian|Spanish|British|Japanese)\s(?<name>" + Name + ")")]
    private static partial Regex NationalityName();

    [GeneratedRegex(@"\b(?<name>(?:[Ll]e\s|[Ll]a\s|[Ll][’'])?(?:[Mm]inistère|[Mm]inistry|[Aa]gence|[Aa]gency|[Dd]irection\sgénérale|[Dd]épartement|[Dd]epartment|[Rr]égion|[Cc]ommissariat|[Ss]ecrétariat)\s(?:de\sla\s|de\sl[’']|des\s|du\s|de\s|of\sthe\s|of\s|for\s)?[\p{Lu}][\p{L}'’\-]*(?:\s(?:et|and|de|du|des|of)?\s?[\p{Lu}][\p{L}'’\-]*){0,4})")]
    private static partial Regex PublicBodyName();

    [GeneratedRegex(@"(?<name>" + Name + @"),\s(?:a|an|un|une)\s(?:[\p{Ll}\-]+\s){0,3}(?:cloud|hébergeur|fournisseur|provider|operator|opérateur|company|société|firm|startup|start-up|éditeur|integrator|intégrateur|telco|carrier)\b")]
    private static partial Regex AppositiveName();

    [GeneratedRegex(@"\b(?:l[’']opérateur(?:\shistorique)?|le\sgroupe|la\ssociété|l[’']entreprise|l[’']américain|le\sgéant\s(?:chinois|américain|allemand)|l[’']équipementier(?:\schinois)?|the\scompany|the\sgroup|the\soperator|the\sfirm|the\sincumbent|the\scarrier|le\sChinois|l[’']Allemand|l[’']Américain|l[’']Italien|le\sFrançais|the\sChinese\sgiant|the\sGerman\soperator)\b(?!\s[\p{Lu}])", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();

    private static readonly Dictionary<string, string> Nationalities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chinois"] = "CN", ["chinese"] = "CN", ["allemand"] = "DE", ["german"] = "DE", ["américain"] = "US", ["american"] = "US",
        ["français"] = "FR", ["french"] = "FR", ["italien"] = "IT", ["italian"] = "IT", ["espagnol"] = "ES", ["spanish"] = "ES",
        ["britannique"] = "GB", ["british"] = "GB", ["japonais"] = "JP", ["japanese"] = "JP", ["coréen"] = "KR", ["néerlandais"] = "NL",
        ["belge"] = "BE", ["suisse"] = "CH", ["indien"] = "IN", ["sud-africain"] = "ZA",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "the", "un", "une", "a", "an", "ce", "cette", "il", "elle", "nous", "they", "it", "this", "en", "in", "on", "selon",
        "cloud", "mais", "but", "and", "et", "pour", "for", "depuis", "since", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "monday", "tuesday",
    };

    public List<Mention> Find(string text)
    {
        var folded = Folding.Fold(text);
        var found = new List<Mention>(gazetteer.Find(text, folded));
        AddAcronyms(text, found);
        AddPatterns(text, found);
        var mentions = RemoveOverlaps(found);
        AddCoreference(text, mentions);
        return mentions.OrderBy(m => m.Start).ToList();
    }

    private static void AddAcronyms(string text, List<Mention> found)
    {
        var defined = new List<(string Acronym, EntityMention Entity)>();
        foreach (Match m in AcronymDefinition().Matches(text))
        {
            var longGroup = m.Groups["long"];
            var acronym = m.Groups["acr"].Value;
            var known = found.FirstOrDefault(f => f.End <= longGroup.Index + longGroup.Length && f.End >= longGroup.Index + longGroup.Length - 1 && f.Start >= longGroup.Index);
            var longName = known is not null ? known.Entity.Name : TrimLeadingLowercase(longGroup.Value);
            if (longName.Length < 3 || !longName.Any(char.IsUpper) || !InitialsFit(acronym, longName) && known is null) continue;
            var entity = known?.Entity ?? new EntityMention(longName, GuessKind(longName));
            entity = entity with { Aliases = entity.Aliases.Append(acronym).Distinct().ToList() };
            if (known is null) found.Add(new Mention(longGroup.Index + (longGroup.Value.Length - longName.Length), longGroup.Index + longGroup.Length, entity, MentionSource.Acronym));
            else found[found.IndexOf(known)] = known with { Entity = entity };
            found.Add(new Mention(m.Groups["acr"].Index, m.Groups["acr"].Index + acronym.Length, entity, MentionSource.Acronym));
            defined.Add((acronym, entity));
        }
        foreach (var (acronym, entity) in defined)
        {
            foreach (Match m in Regex.Matches(text, $@"(?<![\p{{L}}\d]){Regex.Escape(acronym)}(?![\p{{L}}\d])"))
                found.Add(new Mention(m.Index, m.Index + m.Length, entity, MentionSource.Acronym));
        }
    }

    /// <summary>"Orange Business Services" fits "OBS": the acronym's letters start words of the name, in order.</summary>
    private static bool InitialsFit(string acronym, string name)
    {
        var initials = new string(name.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => char.ToUpperInvariant(w[0])).ToArray());
        var letters = new string(acronym.Where(char.IsLetter).ToArray());
        var j = 0;
        foreach (var c in initials)
        {
            if (j < letters.Length && letters[j] == c) j++;
        }
        return letters.Length > 0 && j == letters.Length;
    }

    private static string TrimLeadingLowercase(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 0 && (words[0].Length == 0 || !char.IsUpper(words[0][0]) || NotNames.Contains(words[0]))) words.RemoveAt(0);
        return string.Join(' ', words);
    }

    private static void AddPatterns(string text, List<Mention> found)
    {
        foreach (Match m in CueWordName().Matches(text)) AddName(text, found, m.Groups["name"], EntityKind.Organization, null);
        foreach (Match m in LegalFormName().Matches(text)) AddName(text, found, m.Groups["name"], EntityKind.Organization, null);
        foreach (Match m in AppositiveName().Matches(text)) AddName(text, found, m.Groups["name"], EntityKind.Organization, null);
        foreach (Match m in NationalityName().Matches(text))
            AddName(text, found, m.Groups["name"], EntityKind.Organization, Nationalities.GetValueOrDefault(m.Groups["nat"].Value));
        foreach (Match m in PublicBodyName().Matches(text))
        {
            var g = m.Groups["name"];
            var name = Regex.Replace(g.Value, @"^(?:[Ll]e\s|[Ll]a\s|[Ll][’'])", "");
            var start = g.Index + (g.Value.Length - name.Length);
            found.Add(new Mention(start, g.Index + g.Length, new EntityMention(Capitalise(name), EntityKind.PublicBody), MentionSource.Pattern));
        }
    }

    private static void AddName(string text, List<Mention> found, Group g, EntityKind kind, string? country)
    {
        var name = g.Value.TrimEnd('.', ',', '\'', '’');
        var words = name.Split(' ');
        if (NotNames.Contains(words[0]) || name.Length < 2) return;
        if (found.Any(f => f.Start <= g.Index && f.End >= g.Index + name.Length)) return;
        found.Add(new Mention(g.Index, g.Index + name.Length, new EntityMention(name, kind) { Country = country }, MentionSource.Pattern));
    }

    private static string Capitalise(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static EntityKind GuessKind(string name) =>
        Regex.IsMatch(name, @"^(?:Ministère|Ministry|Agence|Agency|Direction|Commission|Caisse|Autorité|Authority|Conseil|Council|Département|Department)\b", RegexOptions.IgnoreCase)
            ? EntityKind.PublicBody
            : EntityKind.Organization;

    /// <summary>Longest mention wins where two overlap; reference names beat patterns of the same length.</summary>
    private static List<Mention> RemoveOverlaps(List<Mention> found)
    {
        var kept = new List<Mention>();
        foreach (var m in found.OrderByDescending(m => m.Length).ThenBy(m => m.Source).ThenBy(m => m.Start))
        {
            if (kept.Any(k => k.Start < m.End && m.Start < k.End)) continue;
            kept.Add(m);
        }
        return kept;
    }

    /// <summary>A role noun refers to the last organisation named before it (of that nationality, for nationality nouns).</summary>
    private static void AddCoreference(string text, List<Mention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Start).ToList();
        foreach (Match m in RoleNoun().Matches(text))
        {
            if (ordered.Any(k => k.Start < m.Index + m.Length && m.Index < k.End)) continue;
            var nationality = Nationalities.FirstOrDefault(n => m.Value.Contains(n.Key, StringComparison.OrdinalIgnoreCase)).Value;
            var antecedent = ordered.LastOrDefault(k => k.End <= m.Index && m.Index - k.End < 1500
                && k.Entity.Kind == EntityKind.Organization
                && (nationality is null || k.Entity.Country == nationality));
            if (antecedent is null) continue;
            mentions.Add(new Mention(m.Index, m.Index + m.Length, antecedent.Entity, MentionSource.Coreference));
        }
    }
}
