namespace NewsReader.Ingestion.Rules;

/// <summary>Cheap tests that let a rule skip its pattern on lines that cannot match it.</summary>
internal static class Digits
{
    /// <summary>
    /// True when the text holds a character that <c>\d</c> matches (any Unicode decimal digit). ASCII text, the
    /// common case, is settled by vectorised searches; only text with other characters is walked.
    /// </summary>
    public static bool MayContain(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        var firstNonAscii = text.IndexOfAnyExceptInRange('\0', '\u007F');
        if (firstNonAscii < 0)
        {
            return false;
        }

        foreach (var c in text[firstNonAscii..])
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
