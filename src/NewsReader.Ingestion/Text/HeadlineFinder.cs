using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    private const int MaxWindowLines = 400;
    private const int MinWords = 3;
    private const int MinCandidateWords = 3;
    private const int MaxCandidateWords = 35;
    private const int AltTextReach = 30;
    private const int MinHeadlineWordsBeforeStandfirst = 8;

    public static int Find(List<DumpLine> lines, int bodyStart)
    {
        var stop = WindowStart(lines, bodyStart);
        var repeats = new Repeats(lines, stop, bodyStart);
        var anchors = new Anchors(lines, stop, bodyStart);
        var anchor = FindBylineAnchor(lines, bodyStart, stop, anchors);
        var anchorIsByline = anchor >= 0 && Bylines.IsByline(lines[anchor].Span);
        var best = -1;
        var bestScore = 0.0;
        var distance = 0;
        for (var p = bodyStart - 1; p >= stop; p--)
        {
            var line = lines[p];
            if (line.Role is LineRole.RelatedHeading or LineRole.Teaser)
            {
                break;
            }

            // Whatever sits between the article's byline and its body (a photo, a video player) is not between the
            // headline and the byline: above the byline, nearness counts from the byline.
            distance = p == anchor && anchorIsByline ? 0 : distance + 1;
            if (!line.IsFree)
            {
                continue;
            }

            // The pattern checks that can veto a candidate are the expensive part: a line that could not beat the
            // best so far even with the byline and standfirst bonuses (the alt-text bonus is left out of this margin)
            // is not worth them, nor worth scanning for its merit when the bound on that merit already says so.
            var bound = MeritBound(line);
            var farness = 0.1 * distance;
            if (bound - farness <= 0 || bound - farness + 5 <= bestScore)
            {
                continue;
            }

            var score = Merit(line, bound, repeats) - farness;
            if (score <= 0 || score + 5 <= bestScore || IsRejected(line) || IsCaptionPair(lines, p, stop, bodyStart)
                || IsMenuItem(lines, p, stop, bodyStart))
            {
                continue;
            }

            score += IsNextToAnchor(lines, p, bodyStart, anchors) || IsUnderLeadingAnchor(lines, p, stop, anchors)
                ? 3 : 0;
            score -= anchorIsByline && p > anchor ? 2 : 0;
            score += HasStandfirst(lines, p, stop, bodyStart, repeats) ? 2 : 0;
            score += IsRepeatedAsAltText(lines, p, bodyStart) ? 2 : 0;
            if (score > bestScore)
            {
                best = p;
                bestScore = score;
            }
        }

        return best;
    }

    // Whether a line of the window shows more than once on the whole page, worked out only for the lines asked
    // about. A teaser in a related-story list ("Most Read") is the page listing that story, not the page repeating
    // its headline in a title bar, a breadcrumb or share text: it does not count (a box of stories set inside the
    // article is page noise, not a list, and its copies still do). Equal keys have equal ends, read without going
    // through the line: the page's lines are grouped by the ends the window's lines have, and a line's key is hashed
    // only when another line shares its ends.
    internal sealed class Repeats
    {
        private readonly Dictionary<long, List<DumpLine>?> _byEnds = [];

        // The window's ends, a bit each in a table of 4,096 (a window holds at most 400 lines): most of the page's
        // lines share no bit with the window and are passed over without a dictionary lookup.
        private readonly ulong[] _windowEnds = new ulong[64];

        public Repeats(List<DumpLine> lines, int stop, int bodyStart)
        {
            for (var p = stop; p < bodyStart; p++)
            {
                if (lines[p] is { Words: >= MinCandidateWords and <= MaxCandidateWords } line)
                {
                    _byEnds.TryAdd(line.KeyEnds, null);
                    var bit = EndsBit(line.KeyEnds);
                    _windowEnds[bit >> 6] |= 1UL << (bit & 63);
                }
            }

            foreach (var line in lines)
            {
                if (line.Words is >= MinCandidateWords and <= MaxCandidateWords && line.Role != LineRole.Teaser
                    && MayBeInWindow(line.KeyEnds))
                {
                    ref var group = ref CollectionsMarshal.GetValueRefOrNullRef(_byEnds, line.KeyEnds);
                    if (!Unsafe.IsNullRef(ref group))
                    {
                        (group ??= []).Add(line);
                    }
                }
            }
        }

        private bool MayBeInWindow(long ends)
        {
            var bit = EndsBit(ends);
            return (_windowEnds[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        // The top 12 bits of a multiplicative hash: ends differing only in their low characters spread over the table.
        private static int EndsBit(long ends) => (int)((ulong)ends * KeyCounts.Multiplier >> 52);

        /// <summary>True when another line of the page, of a candidate's length, has the same folded key.</summary>
        public bool IsRepeated(DumpLine line)
        {
            if (!_byEnds.TryGetValue(line.KeyEnds, out var group) || group is not { Count: > 1 })
            {
                return false;
            }

            var seen = 0;
            foreach (var other in group)
            {
                if (other.FoldedKey == line.FoldedKey && ++seen > 1)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // The window reaches back a number of worded lines as well as of lines: a video player's hundred one-word
    // controls between the headline and the body do not push the headline out of reach.
    private static int WindowStart(List<DumpLine> lines, int bodyStart)
    {
        var worded = 0;
        var p = bodyStart - 1;
        for (; p > 0 && bodyStart - p < MaxWindowLines; p--)
        {
            worded += lines[p].Words >= MinWords ? 1 : 0;
            if (worded >= Window && bodyStart - p >= Window)
            {
                break;
            }
        }

        return Math.Max(0, p);
    }

    // A headline is often followed by a standfirst of about its own length that is just as headline-shaped
    // ("Hotel bosses spill the beans on cost cutting"): of two such lines in a row the upper one is the headline.
    // A kicker above a headline ("Seascape: the state of our oceans") is shorter than it, so the upper line must
    // be of headline length itself.
    private static bool HasStandfirst(List<DumpLine> lines, int p, int stop, int bodyStart, Repeats repeats)
    {
        var line = lines[p];
        if (line.Bulleted || line.Words < MinHeadlineWordsBeforeStandfirst || p + 1 >= bodyStart)
        {
            return false;
        }

        var next = lines[p + 1];
        return next.IsFree && !next.Bulleted && next.Words >= line.Words - 2 && next.FoldedKey != line.FoldedKey
            && Merit(next, repeats) > 0 && !IsRejected(next) && !IsCaptionPair(lines, p + 1, stop, bodyStart);
    }

    // The lead photo's text often repeats the headline with the caption after it ("The sharing economy is a lie: …
    // Ayn Rand, Rand Paul (Credit: AP/…)").
    private static bool IsRepeatedAsAltText(List<DumpLine> lines, int p, int bodyStart)
    {
        var text = lines[p].Span;
        for (var q = p + 2; q < Math.Min(bodyStart + 2, Math.Min(p + AltTextReach, lines.Count)); q++)
        {
            var other = lines[q];
            if (IsLongerWithPrefix(other.Span, text) && PhotoCredits.Split(other.Text).Credit is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "Mac & i für das iPhone" beside "Mac & i für das iPad": entries of one menu open alike; a headline stands alone.
    private static bool IsMenuItem(List<DumpLine> lines, int p, int stop, int bodyStart)
    {
        var text = lines[p].Span;
        var opening = OpeningWords(text);
        return opening > 0
            && ((p > stop && SharesOpening(lines[p - 1].Span, text, opening))
                || (p + 1 < bodyStart && SharesOpening(lines[p + 1].Span, text, opening)));
    }

    private static bool SharesOpening(ReadOnlySpan<char> other, ReadOnlySpan<char> text, int opening) =>
        other.Length > opening && other[opening] == ' ' && !other.SequenceEqual(text) && other[..opening].SequenceEqual(text[..opening]);

    // The length of the first two space-separated words, or zero when the line has fewer than three.
    private static int OpeningWords(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf(' ');
        var second = first < 0 ? -1 : text[(first + 1)..].IndexOf(' ');
        return second < 0 ? 0 : first + 1 + second;
    }

    // A photo's caption often shows twice in a row, once as the image's text and once with its credit appended
    // ("… réplica da taça - Heinrich Aikawa/Instituto Lula"): neither is a headline.
    private static bool IsCaptionPair(List<DumpLine> lines, int p, int stop, int bodyStart)
    {
        var text = lines[p].Span;
        return (p > stop && IsLongerWithPrefix(lines[p - 1].Span, text))
            || (p + 1 < bodyStart && IsLongerWithPrefix(lines[p + 1].Span, text))
            || (p > stop && IsLongerWithPrefix(text, lines[p - 1].Span))
            || (p + 1 < bodyStart && IsLongerWithPrefix(text, lines[p + 1].Span));
    }

    private static bool IsLongerWithPrefix(ReadOnlySpan<char> longer, ReadOnlySpan<char> prefix) =>
        prefix.Length >= 20 && longer.Length > prefix.Length + 2 && longer.StartsWith(prefix, StringComparison.Ordinal);

    // Headlines sit just above their byline or timestamp.
    private static bool IsNextToAnchor(List<DumpLine> lines, int p, int bodyStart, Anchors anchors)
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

    // Some pages open the article with its timestamp or byline and set the headline right under it ("Sunday, Feb 1,
    // 2015 11:57 AM UTC" over "The sharing economy is a lie: …", a blank line and "Log out Sign in" above). An anchor
    // set right under another line, or under a line that could be the headline (past other bylines and timestamps),
    // belongs to that line, and what follows it is a standfirst, a caption or the metadata block's next entry
    // ("24 July 2015", then "From the section …").
    private static bool IsUnderLeadingAnchor(List<DumpLine> lines, int p, int stop, Anchors anchors) =>
        p > stop && !lines[p].Bulleted && lines[p - 1] is { IsFree: true, Bulleted: false } anchor
        && anchor.Number == lines[p].Number - 1 && anchors.IsAnchor(p - 1)
        && (p - 2 < stop || lines[p - 2].Number < anchor.Number - 1) && !HasCandidateAbove(lines, p - 1, stop, anchors);

    // The nearest free line above line p that is no byline or timestamp could be the headline: its length and shape
    // allow it and no rule rules it out.
    private static bool HasCandidateAbove(List<DumpLine> lines, int p, int stop, Anchors anchors)
    {
        for (var q = p - 1; q >= stop; q--)
        {
            if (lines[q].IsFree && !anchors.IsAnchor(q))
            {
                return MeritBound(lines[q]) > 0 && !IsRejected(lines[q]);
            }
        }

        return false;
    }

    // Lines between the article's byline and its body are photo captions and buttons more often than headlines.
    // The byline or timestamp nearest the body is the article's own.
    private static int FindBylineAnchor(List<DumpLine> lines, int bodyStart, int stop, Anchors anchors)
    {
        for (var p = bodyStart - 1; p >= stop; p--)
        {
            if (lines[p].IsFree && anchors.IsAnchor(p))
            {
                return p;
            }
        }

        return -1;
    }

    // A caption ends its sentence before the credit ("… Azerbaijan. (AP Photo/Sergei Grits)"); a headline's
    // closing parenthesis ("Cease-fire may improve relations (part 1)") is part of the headline.
    private static bool IsCreditedCaption(string text)
    {
        if (text[^1] != ')')
        {
            return Captions.HasTrailingCredit(text);
        }

        var split = PhotoCredits.Split(text);
        return split.Credit is not null
            && (split.Caption.Length == 0 || split.Caption[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'');
    }

    private const double RepeatBonus = 2;

    // The candidate's worth from its shape alone; zero when its length rules it out.
    // Asked of every free line in the window, most of which it rules out: it reads the line's characters where they
    // are rather than making the line's string.
    internal static double Merit(DumpLine line, Repeats repeats) => Merit(line, MeritBound(line), repeats);

    // The merit from its bound (MeritBound), once the bound is known.
    private static double Merit(DumpLine line, double bound, Repeats repeats)
    {
        if (bound == 0)
        {
            return 0;
        }

        var text = line.Span;
        var score = bound - (repeats.IsRepeated(line) ? 0 : RepeatBonus);
        if (IsAllUpper(text))
        {
            score -= 2;
        }

        // "… for two years. Source: Supplied", "… about sharing. Uber's really just …": a sentence ends inside the
        // line, so it is more likely a caption or a standfirst, though some headlines are two sentences.
        if (HasInnerSentenceEnd(text))
        {
            score -= 1.5;
        }

        // "… of our oceans is supported by" leads into the next line.
        if (EndsWithLeadIn(text))
        {
            score -= 3;
        }

        return score;
    }

    // The most the line's merit can be, from checks that do not scan it (the repeat bonus assumed): zero when its
    // length rules it out. Most of the window cannot beat the best line so far even so.
    internal static double MeritBound(DumpLine line)
    {
        var text = line.Span;
        // "19 réactions que tous les gens ayant déjà eu…": a teaser's title cut to fit its box is not the page's headline.
        if (line.Words is < MinCandidateWords or > MaxCandidateWords || text.Length > 300 || text[^1] is '.' or ',' or '…')
        {
            return 0;
        }

        var score = 4.0 + RepeatBonus;
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

        // Scripts without case (Japanese, Chinese) open every headline "capitalised"; so does a number ("1Password").
        if (char.IsUpper(text[0]) || (char.IsLetterOrDigit(text[0]) && !char.IsLower(text[0])) || text[0] is '\'' or '‘' or '"' or '“')
        {
            score += 1;
        }

        return score;
    }

    // A full stop after a lower-case word of three letters or more, then a capital: "years. Source", not "U.S. Attacks".
    private static bool HasInnerSentenceEnd(ReadOnlySpan<char> text)
    {
        for (var i = 3; i + 2 < text.Length; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2])
                && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]) && char.IsLower(text[i - 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithLeadIn(ReadOnlySpan<char> text)
    {
        var start = text.LastIndexOf(' ') + 1;
        return start > 0 && text.Length - start <= 4 && LeadInWords.Contains(text[start..]);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadInWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "by", "of", "the", "a", "an", "and", "or", "to", "for", "with", "from", "at", "in", "on",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A line is asked about as a candidate and again as the standfirst of the line above it: the answer is kept.
    private static bool IsRejected(DumpLine line) => line.RejectedAsHeadline ??= IsRejected(line.Text, line.MayHoldDigit);

    // The checks that scan the line by hand go before the patterns; a timestamp needs a digit.
    private static bool IsRejected(string text, bool mayHoldDigit) =>
        IsBreadcrumb(text) || Captions.EndsWithAgencyCredit(text)
        || Bylines.IsByline(text) || RelatedHeadings.TryMatch(text, out _) || PageFurniture.IsFurniture(text)
        || (mayHoldDigit && PageFurniture.HasTimestamp(text)) || IsCreditedCaption(text);

    // "Mac & i > News > 2015 > KW 15 > 1Password für Mac …": the trail of sections leading to the article.
    private static bool IsBreadcrumb(string text)
    {
        var separators = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '>' or '›' or '»' && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                separators++;
            }
        }

        return separators >= 2;
    }

    // Some upper-case letter and no lower-case one: a shouted line.
    private static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        var upper = false;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            upper |= char.IsUpper(c);
        }

        return upper;
    }

    // Whether each line of the window is a byline or timestamp, worked out only for the lines asked about:
    // the timestamp pattern is costly and most of the window is never consulted.
    private sealed class Anchors(List<DumpLine> lines, int stop, int bodyStart)
    {
        private readonly sbyte[] _known = new sbyte[bodyStart - stop];

        public int Stop => stop;

        public bool IsAnchor(int p)
        {
            ref var known = ref _known[p - stop];
            if (known == 0)
            {
                var line = lines[p];
                var text = line.Span;
                known = text.Length <= 160 && (Bylines.IsByline(text) || (line.MayHoldDigit && PageFurniture.HasTimestamp(text))) ? (sbyte)1 : (sbyte)-1;
            }

            return known > 0;
        }
    }
}
