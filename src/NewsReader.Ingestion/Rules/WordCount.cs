namespace NewsReader.Ingestion.Rules;

/// <summary>Counts words without allocating: runs of letters or digits.</summary>
internal static class WordCount
{
    /// <summary>The text's words, runs of letters or digits, in order: what <see cref="Of"/> counts.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>True when the text has at least <paramref name="count"/> words, read no further than it takes to tell.</summary>
    public static bool AtLeast(ReadOnlySpan<char> text, int count)
    {
        // Each space followed by a letter or digit opens a word: most texts show enough of them within a few words,
        // found by a vectorised search rather than by testing every character.
        var opened = text.Length > 0 && char.IsLetterOrDigit(text[0]) ? 1 : 0;
        var rest = text;
        while (opened < count && rest.IndexOf(' ') is var space and >= 0 && space + 1 < rest.Length)
        {
            rest = rest[(space + 1)..];
            opened += char.IsLetterOrDigit(rest[0]) ? 1 : 0;
        }

        return opened >= count || UpTo(text, count) >= count;
    }

    /// <summary>The text's words, counted no further than one past <paramref name="limit"/>: enough to tell a short text.</summary>
    public static int UpTo(ReadOnlySpan<char> text, int limit)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord && ++words > limit)
            {
                break;
            }

            inWord = isWordChar;
        }

        return words;
    }

    public static int Of(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                words++;
            }

            inWord = isWordChar;
        }

        return words;
    }
}
