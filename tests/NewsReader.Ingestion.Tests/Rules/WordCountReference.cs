namespace NewsReader.Ingestion.Tests.Rules;

/// <summary>The word count one character at a time, as it was before the vectorised paths: what they must agree with.</summary>
internal static class WordCountReference
{
    public static int Weighted(string text)
    {
        var words = 0;
        var ideographs = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c >= '\u3040' && c <= '\u9fff')
            {
                ideographs++;
                inWord = false;
                continue;
            }

            var isWordChar = char.IsLetterOrDigit(c);
            words += isWordChar && !inWord ? 1 : 0;
            inWord = isWordChar;
        }

        return words + (ideographs / 2);
    }
}
