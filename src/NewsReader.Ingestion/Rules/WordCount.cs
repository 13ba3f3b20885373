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

    public static int Of(ReadOnlySpan<char> text) => UpTo(text, int.MaxValue);
}
