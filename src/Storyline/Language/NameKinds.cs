namespace Storyline.Language;

/// <summary>What a listed name is (<see cref="NameVocabulary.KnownNames"/>); a name can be several ("Georgia": a country and a
/// US state). The bit order is part of the NER model file (its features hash the bit index): append, never renumber.</summary>
[Flags]
public enum NameKinds : byte
{
    None = 0,
    City = 1,
    Country = 2,
    /// <summary>A US state.</summary>
    State = 4,
    /// <summary>A demonym ("Venezuelan", "Americans").</summary>
    Nationality = 8,
    Organisation = 16,
    /// <summary>A web platform or service ("Twitter"): an organisation, never a place.</summary>
    Platform = 32,
}

/// <summary>Reads the "name&lt;TAB&gt;kind" lists tools/gazetteer/build.sh writes.</summary>
public static class NameLists
{
    /// <summary>Parses the list; '#' lines are comments; an unknown kind is an error (the file is generated, so a typo is a bug).</summary>
    public static Dictionary<string, NameKinds> Parse(TextReader reader)
    {
        var names = new Dictionary<string, NameKinds>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"Name list line without a kind: '{line}'.");
            var kind = line[(tab + 1)..] switch
            {
                "city" => NameKinds.City,
                "country" => NameKinds.Country,
                "state" => NameKinds.State,
                "nationality" => NameKinds.Nationality,
                "organisation" => NameKinds.Organisation,
                "platform" => NameKinds.Platform,
                var other => throw new InvalidDataException($"Unknown name kind '{other}'."),
            };
            var name = line[..tab];
            names[name] = names.GetValueOrDefault(name) | kind;
        }
        return names;
    }
}
