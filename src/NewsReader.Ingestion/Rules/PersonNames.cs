namespace NewsReader.Ingestion.Rules;

/// <summary>Reads whether words are people's names, as a byline gives them: capitalised words, particles and joiners.</summary>
internal static class PersonNames
{
    // Lower-case words that join names in a byline (Jane Doe and John Roe, Ana Cruz y Luis Gil) or belong inside one
    // (Ana de la Cruz).
    private static readonly HashSet<string> NameJoiners = new(["and", "&", "with", "y", "e", .. NameParticles.Words], StringComparer.Ordinal);

    /// <summary>
    /// True when the text is one or more names and nothing else: at most <paramref name="maxWords"/> words, each
    /// capitalised (<c>Jane Doe and John Roe</c>, <c>JOE HILDEBRAND</c>, <c>Nelson D. Schwartz</c>) or a joiner.
    /// </summary>
    public static bool AreNames(string names, int maxWords)
    {
        var count = 0;
        var capitalised = false;
        foreach (var token in names.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (++count > maxWords)
            {
                return false;
            }

            if (NameJoiners.Contains(token))
            {
                continue;
            }

            if (!char.IsUpper(token[0]) || !IsNameToken(token))
            {
                return false;
            }

            capitalised = true;
        }

        return capitalised;
    }

    // Letters with the marks names carry (O'Brien, Smith-Jones, J., Jr.); a full stop only ends an initial or a
    // short title, never a sentence.
    private static bool IsNameToken(string token)
    {
        var body = token.EndsWith('.') ? token[..^1] : token;
        if (body.Length == 0 || (body.Length != token.Length && body.Length > 3))
        {
            return false;
        }

        foreach (var c in body)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
