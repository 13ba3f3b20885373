namespace NewsReader.Ingestion.Rules;

/// <summary>Counts words without allocating: runs of letters or digits.</summary>
internal static class WordCount
{
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

    /// <summary>
    /// Words for reading purposes: scripts written without spaces (Chinese, Japanese) count roughly a word
    /// per two characters, so a Chinese paragraph does not look like a one-word menu item.
    /// </summary>
    public static int Weighted(ReadOnlySpan<char> text)
    {
        var words = 0;
        var ideographs = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // Every line of a dump is counted: ASCII, the common case, skips the Unicode tables.
            if (char.IsAscii(c))
            {
                var isAsciiWordChar = char.IsAsciiLetterOrDigit(c);
                words += isAsciiWordChar && !inWord ? 1 : 0;
                inWord = isAsciiWordChar;
                continue;
            }

            if (c >= '\u3040' && c <= '\u9fff')
            {
                ideographs++;
                inWord = false;
                continue;
            }

            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                words++;
            }

            inWord = isWordChar;
        }

        return words + (ideographs / 2);
    }
}
