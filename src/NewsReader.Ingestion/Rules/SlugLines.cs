namespace NewsReader.Ingestion.Rules;

/// <summary>Recognises a wire photo's slug line (<c>APTOPIX Armenia Azerbaijan</c>).</summary>
internal static class SlugLines
{
    /// <summary>True for a short run of capitalised words with no sentence punctuation.</summary>
    public static bool IsSlugLine(string line)
    {
        if (line.Length is 0 or > 60)
        {
            return false;
        }

        var words = 0;
        var atWordStart = true;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                atWordStart = true;
                continue;
            }

            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '“' or '”' or '(' or ')')
            {
                return false;
            }

            if (atWordStart)
            {
                if (!char.IsUpper(c) && !char.IsDigit(c))
                {
                    return false;
                }

                words++;
                atWordStart = false;
            }
        }

        return words is >= 1 and <= 8;
    }
}
