using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Picks the headline among the lines above the body. Between a headline and its body pages put a
/// standfirst, bylines, timestamps, share buttons and photo captions, so the nearest short line is often
/// wrong: each candidate is scored, and a line the page repeats (its headline also shows in breadcrumbs,
/// share text or a title bar) scores higher.
/// </summary>
internal static class HeadlineFinder
{
    private const int Window = 45;

    public static int Find(List<DumpLine> lines, int[] nonBlank, int bodyStart, IReadOnlyDictionary<string, int> repeats)
    {
        var best = -1;
        var bestScore = 0.0;
        var stop = Math.Max(0, bodyStart - Window);
        for (var p = bodyStart - 1; p >= stop; p--)
        {
            var line = lines[nonBlank[p]];
            if (line.Role is LineRole.RelatedHeading or LineRole.Teaser)
            {
                break;
            }

            if (!line.IsFree)
            {
                continue;
            }

            var score = Score(line, repeats) - (0.08 * (bodyStart - p));
            if (score > 0 && IsFollowedByByline(lines, nonBlank, p, bodyStart))
            {
                score += 3;
            }

            if (score > bestScore)
            {
                best = p;
                bestScore = score;
            }
        }

        return best;
    }

    // Headlines sit just above their byline or timestamp.
    private static bool IsFollowedByByline(List<DumpLine> lines, int[] nonBlank, int p, int bodyStart)
    {
        for (var q = p + 1; q <= Math.Min(p + 4, bodyStart - 1); q++)
        {
            var text = lines[nonBlank[q]].Text;
            if (Bylines.IsByline(text) || PageFurniture.HasTimestamp(text))
            {
                return true;
            }
        }

        return false;
    }

    public static string Key(string text) => HeadlineKeys.Fold(text);

    private static double Score(DumpLine line, IReadOnlyDictionary<string, int> repeats)
    {
        var text = line.Text;
        if (line.Words is < 3 or > 35 || text.Length > 300 || text.EndsWith('.') || text.EndsWith(',')
            || Bylines.IsByline(text) || RelatedHeadings.TryMatch(text, out _) || PageFurniture.IsFurniture(text)
            || PageFurniture.HasTimestamp(text) || PhotoCredits.Split(text).Credit is not null)
        {
            return 0;
        }

        var score = 4.0;
        if (line.Bulleted)
        {
            score -= 2;
        }

        if (line.Words is >= 5 and <= 25)
        {
            score += 2;
        }

        if (!text.Any(char.IsLower) && text.Any(char.IsUpper))
        {
            score -= 2;
        }

        if (char.IsUpper(text[0]) || text[0] is '\'' or '‘' or '"' or '“')
        {
            score += 1;
        }

        if (repeats.TryGetValue(Key(text), out var count) && count > 1)
        {
            score += 4;
        }

        return score;
    }
}
