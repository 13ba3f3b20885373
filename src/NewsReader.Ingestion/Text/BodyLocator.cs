namespace NewsReader.Ingestion.Text;

/// <summary>
/// Finds the article body in a whole page: the run of lines whose prose outweighs the menus, link lists
/// and buttons inside it. Each free line gets a score (long sentence-like lines positive, short or
/// link-like lines negative) and the body is the maximum-sum run, found in one linear pass.
/// </summary>
internal static class BodyLocator
{
    // Related lists and their teasers end an article: nothing may straddle them.
    private const int Barrier = -1_000_000;

    public readonly record struct Region(int Start, int End, int Score)
    {
        public bool IsEmpty => End < Start;
    }

    public static Region Locate(List<DumpLine> lines, int[] nonBlank)
    {
        var best = new Region(0, -1, 0);
        var sum = 0;
        var start = 0;
        for (var p = 0; p < nonBlank.Length; p++)
        {
            var score = Score(lines[nonBlank[p]]);
            if (sum <= 0)
            {
                sum = 0;
                start = p;
            }

            sum += score;
            if (sum > best.Score)
            {
                best = new Region(start, p, sum);
            }
        }

        // Lines scoring zero (the gallery, a reading time) may sit at the run's start; the body begins at prose.
        var first = best.Start;
        while (first <= best.End && Score(lines[nonBlank[first]]) <= 0)
        {
            first++;
        }

        return best with { Start = first };
    }

    public static int Score(DumpLine line)
    {
        switch (line.Role)
        {
            case LineRole.RelatedHeading or LineRole.Teaser:
                return Barrier;
            case LineRole.Photo or LineRole.Promo or LineRole.DuplicateCaption or LineRole.ReadingTime:
                return 0;
        }

        var words = line.Words;
        if (line.Bulleted)
        {
            return line.EndsLikeSentence && words >= 12 ? words - 8 : -4 - Math.Min(words, 6);
        }

        if (line.EndsLikeSentence && words >= 6)
        {
            return words - 4;
        }

        if (words >= 20)
        {
            return (words / 2) - 4;
        }

        return -3 - Math.Min(words, 5);
    }
}
