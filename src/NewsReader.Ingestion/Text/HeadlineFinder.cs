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

    public static int Find(List<DumpLine> lines, int[] nonBlank, int bodyStart, IReadOnlyDictionary<long, int> repeats)
    {
        var stop = Math.Max(0, bodyStart - Window);
        var anchors = new Anchors(lines, nonBlank, stop, bodyStart);
        var anchor = FindBylineAnchor(lines, nonBlank, bodyStart, stop, anchors);
        var anchorIsByline = anchor >= 0 && Bylines.IsByline(lines[nonBlank[anchor]].Text);
        var best = -1;
        var bestScore = 0.0;
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

            // The pattern checks that can veto a candidate are the expensive part: a line that could not beat the
            // best so far even with the byline bonus is not worth them.
            var score = Merit(line, repeats) - (0.1 * (bodyStart - p));
            if (score <= 0 || score + 3 <= bestScore || IsRejected(line.Text))
            {
                continue;
            }

            score += IsFollowedByByline(p, bodyStart, anchors) ? 3 : 0;
            score -= anchorIsByline && p > anchor ? 2 : 0;
            if (score > bestScore)
            {
                best = p;
                bestScore = score;
            }
        }

        return best;
    }

    // Headlines sit just above their byline or timestamp.
    private static bool IsFollowedByByline(int p, int bodyStart, Anchors anchors)
    {
        for (var q = p + 1; q <= Math.Min(p + 6, bodyStart - 1); q++)
        {
            if (anchors.IsAnchor(q))
            {
                return true;
            }
        }

        return false;
    }

    // Lines between the article's byline and its body are photo captions and buttons more often than headlines.
    // The byline or timestamp nearest the body is the article's own.
    private static int FindBylineAnchor(List<DumpLine> lines, int[] nonBlank, int bodyStart, int stop, Anchors anchors)
    {
        for (var p = bodyStart - 1; p >= stop; p--)
        {
            if (lines[nonBlank[p]].IsFree && anchors.IsAnchor(p))
            {
                return p;
            }
        }

        return -1;
    }

    public static long Key(string text) => HeadlineKeys.Hash(text);

    // A caption ends its sentence before the credit ("… Azerbaijan. (AP Photo/Sergei Grits)"); a headline's
    // closing parenthesis ("Cease-fire may improve relations (part 1)") is part of the headline.
    private static bool IsCreditedCaption(string text)
    {
        if (text[^1] != ')')
        {
            return PhotoCredits.Split(text).Credit is not null;
        }

        var split = PhotoCredits.Split(text);
        return split.Credit is not null
            && (split.Caption.Length == 0 || split.Caption[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'');
    }

    // The candidate's worth from its shape alone; zero when its length rules it out.
    private static double Merit(DumpLine line, IReadOnlyDictionary<long, int> repeats)
    {
        var text = line.Text;
        if (line.Words is < 3 or > 35 || text.Length > 300 || text.EndsWith('.') || text.EndsWith(','))
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
        else if (line.Words < 5)
        {
            score -= 2;
        }

        if (!HasLower(text) && HasUpper(text))
        {
            score -= 2;
        }

        if (char.IsUpper(text[0]) || text[0] is '\'' or '‘' or '"' or '“')
        {
            score += 1;
        }

        if (repeats.TryGetValue(Key(text), out var count) && count > 1)
        {
            score += 2;
        }

        return score;
    }

    private static bool IsRejected(string text) =>
        Bylines.IsByline(text) || RelatedHeadings.TryMatch(text, out _) || PageFurniture.IsFurniture(text)
        || PageFurniture.HasTimestamp(text) || IsCreditedCaption(text);

    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    // Whether each line of the window is a byline or timestamp, worked out only for the lines asked about:
    // the timestamp pattern is costly and most of the window is never consulted.
    private sealed class Anchors(List<DumpLine> lines, int[] nonBlank, int stop, int bodyStart)
    {
        private readonly sbyte[] _known = new sbyte[bodyStart - stop];

        public bool IsAnchor(int p)
        {
            ref var known = ref _known[p - stop];
            if (known == 0)
            {
                var text = lines[nonBlank[p]].Text;
                known = text.Length <= 160 && (Bylines.IsByline(text) || PageFurniture.HasTimestamp(text)) ? (sbyte)1 : (sbyte)-1;
            }

            return known > 0;
        }
    }
}
