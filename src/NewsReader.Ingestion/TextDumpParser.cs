using System.Text.RegularExpressions;
using NewsReader.Ingestion.Rules;
using NewsReader.Ingestion.Text;

namespace NewsReader.Ingestion;

/// <summary>
/// Parses the text dump of a news page (a text browser's <c>-dump</c> output or a browser's innerText):
/// finds the article among menus and footers and reads its headline, byline, dateline, gallery, body and
/// related-story lists. Runs in time linear in the input.
/// </summary>
public static class TextDumpParser
{
    /// <summary>The longest line accepted; a longer line means the input is not a page dump.</summary>
    public const int MaxLineLength = 200_000;

    /// <summary>The fewest body words that make an article.</summary>
    public const int MinBodyWords = 40;

    // A section front lists many stories, each with its own byline; an article page has one or a few.
    private const int SectionFrontBylines = 8;

    // How far above a datelined first paragraph a short title may sit (a byline and a timestamp between them).
    private const int MaxTitleReach = 3;

    // How long a story detail under a credit is.
    private const int MaxDetailWords = 10;

    /// <summary>Parses a dump. Never throws for bad input: returns a <see cref="ParseFailure"/> naming the reason.</summary>
    public static ParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return ParseFailure.Because("the input is empty");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseFailure.Because("the input contains only whitespace");
        }

        var lines = DumpLines.Split(text, MaxLineLength, out var tooLongLine);
        if (tooLongLine > 0)
        {
            return new ParseFailure(
                $"line {tooLongLine} is longer than {MaxLineLength:N0} characters: this is not the text of a news page",
                tooLongLine, []);
        }

        try
        {
            return new Reading(lines).Run();
        }
        catch (RegexMatchTimeoutException)
        {
            // The rule patterns are linear; this only happens on a machine too loaded to finish in time.
            return ParseFailure.Because("parsing timed out: a text pattern took too long to match; try again");
        }
    }

    private sealed class Reading(List<DumpLine> lines)
    {
        private readonly List<Diagnostic> _diagnostics = [];

        public ParseResult Run()
        {
            var bylines = CountDistinctBylines();
            if (bylines >= SectionFrontBylines)
            {
                return Fail($"not a single article: the page lists {bylines} stories by different authors (a section front or index page)");
            }

            SlideshowReader.Read(lines, _diagnostics);
            var photos = GalleryReader.Read(lines, _diagnostics);
            var stated = ReadStatedReadingTime();
            var related = RelatedListReader.Read(lines, _diagnostics);
            var region = BodyLocator.Locate(lines);
            if (region.IsEmpty)
            {
                return Fail("no article found: the text has no run of prose paragraphs");
            }

            region = WithoutAuthorNotes(region);
            var headlineAt = FindHeadline(region.Start);
            var opensWithDateline = headlineAt < 0 && Datelines.TryMatch(lines[region.Start].Text, out _, out _);
            if (headlineAt < 0 && !opensWithDateline && lines[region.Start].Words <= 30 && region.End > region.Start)
            {
                // Some dumps glue the headline to the top of the body (no line above qualifies): take it from there.
                headlineAt = region.Start;
                lines[headlineAt].Role = LineRole.Headline;
                region = region with { Start = region.Start + 1 };
            }
            else if (opensWithDateline)
            {
                // A paragraph opening with a dateline starts the story, however short: the headline is the title above it.
                headlineAt = FindTitleAbove(region.Start);
            }

            var byline = BylineFinder.Find(lines, headlineAt, region.Start);
            DropWritersNameUnderTheBody(region, byline);
            DropDetailsUnderCreditInBody(region);
            Captions.Drop(lines, region.Start, region.End, _diagnostics);
            DropChromeInside(region);
            var paragraphs = CollectParagraphs(region);
            var bodyWords = CountWords(region);
            if (bodyWords < MinBodyWords)
            {
                return Fail($"no article found: the longest run of prose has only {bodyWords} words");
            }

            var headline = headlineAt >= 0 ? HeadlineText(lines[headlineAt].Text) : null;
            if (headline is null)
            {
                return Fail("no article found: no headline precedes the body");
            }

            var dateline = ReadDateline(paragraphs);
            ReportDroppedRuns(headlineAt, region);
            var publishedOn = InferPublicationDate(headlineAt, region.Start, paragraphs, photos);
            var readingTime = stated ?? ReadingTime.Estimate(bodyWords, photos.Count);
            _diagnostics.Sort((a, b) => a.Line.CompareTo(b.Line));
            return new ParseSuccess(new ParsedArticle(
                headline,
                byline,
                dateline,
                readingTime,
                stated is null,
                publishedOn,
                paragraphs.ConvertAll(p => p.Text),
                photos,
                related,
                _diagnostics));
        }

        private int CountDistinctBylines()
        {
            var bylines = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                if (Bylines.IsShortCredit(line.Span))
                {
                    bylines.Add(HeadlineKeys.Fold(line.Span));
                }
            }

            return bylines.Count;
        }

        // "New York|Manhole Fires and Burst Pipes": a section label glued to the headline by the dump.
        private static string HeadlineText(string text)
        {
            var bar = text.LastIndexOf('|');
            if (bar > 0 && WordCount.Of(text.AsSpan(0, bar)) <= 4 && WordCount.Of(text.AsSpan(bar + 1)) >= 3)
            {
                return text[(bar + 1)..].Trim();
            }

            return text;
        }

        private int CountWords(BodyLocator.Region region)
        {
            var words = 0;
            for (var p = region.Start; p <= region.End; p++)
            {
                var line = lines[p];
                words += line.Role == LineRole.Body ? line.Words : 0;
            }

            return words;
        }

        private ParseFailure Fail(string reason)
        {
            _diagnostics.Sort((a, b) => a.Line.CompareTo(b.Line));
            return new ParseFailure(reason, null, _diagnostics);
        }

        private int? ReadStatedReadingTime()
        {
            foreach (var line in lines)
            {
                if (line.IsFree && line.HasAsciiDigit && ReadingTime.TryParseStated(line.Span, out var minutes))
                {
                    line.Role = LineRole.ReadingTime;
                    return minutes;
                }
            }

            return null;
        }

        private int FindHeadline(int bodyStart)
        {
            var found = HeadlineFinder.Find(lines, bodyStart);
            if (found >= 0)
            {
                lines[found].Role = LineRole.Headline;
            }

            return found;
        }

        // A site's pointer to more of its stories ("Check out more articles on BuzzFeed.com!") ends the article: the
        // notes on its writer after it belong to the page. A writer's note flush with the last paragraph is left to the
        // article, as the sites that set it there (and readers) take it for the article's closing line.
        private BodyLocator.Region WithoutAuthorNotes(BodyLocator.Region region)
        {
            var end = region.End;
            while (end > region.Start && lines[end] is { IsFree: true } line && AuthorNotes.IsWriterNote(line.Text))
            {
                end--;
            }

            return end < region.End && lines[end] is { IsFree: true } promo && AuthorNotes.IsMoreStories(promo.Text)
                ? region with { End = end - 1 }
                : region;
        }

        // "Martin Untersinger (avec Damien Leloup)" under the last paragraph, over the note on the writer if the dump
        // kept it: the name heading an author box, not a paragraph.
        private void DropWritersNameUnderTheBody(BodyLocator.Region region, string? byline)
        {
            var p = region.End;
            while (p > region.Start && lines[p] is { IsFree: true } note && AuthorNotes.IsWriterNote(note.Text))
            {
                p--;
            }

            // A byline opens with "By " and the names.
            if (byline is not null && p > region.Start && lines[p] is { IsFree: true } name
                && name.Span.Equals(byline.AsSpan("By ".Length), StringComparison.OrdinalIgnoreCase))
            {
                name.Role = LineRole.Byline;
                _diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, name.Number, $"the writer's name under the article: \"{GalleryReader.Shorten(name.Text)}\""));
            }
        }

        // "By Alex Heath, a deputy editor …" between the standfirst and the first paragraph, then "Jun 7, 2023, 8:54 PM
        // UTC|" and "Share this story": the story's details under a credit the body took in are no paragraphs.
        private void DropDetailsUnderCreditInBody(BodyLocator.Region region)
        {
            // The byline finder looks for a credit among as many of the body's first lines.
            var depth = Math.Min(region.End + 1, region.Start + BylineFinder.BodyReach);
            var credit = region.Start;
            while (credit < depth && lines[credit].Role != LineRole.Byline)
            {
                credit++;
            }

            if (credit == depth)
            {
                return;
            }

            var p = credit + 1;
            while (p <= region.End && lines[p] is { IsFree: true } line && IsStoryDetail(line))
            {
                line.Role = LineRole.Noise;
                p++;
            }

            var count = p - credit - 1;
            if (count > 0)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, lines[credit + 1].Number,
                    $"the story's details under its credit ({count} line{(count == 1 ? "" : "s")}): \"{GalleryReader.Shorten(lines[credit + 1].Text)}\""));
            }
        }

        // A short line that is a timestamp or a button ("Share this story"), not a sentence.
        private static bool IsStoryDetail(DumpLine line) =>
            line.Words <= MaxDetailWords && !line.EndsLikeSentence
            && (PageFurniture.IsFurniture(line.Span) || (line.MayHoldDigit && PageFurniture.HasTimestamp(line.Span)));

        // The nearest short line above the body that is not a sentence: a title too short for the headline finder.
        private int FindTitleAbove(int bodyStart)
        {
            for (var p = bodyStart - 1; p >= Math.Max(0, bodyStart - MaxTitleReach); p--)
            {
                var line = lines[p];
                if (line.IsFree && !line.Bulleted && line.Words > 0 && !line.EndsLikeSentence && !Bylines.IsByline(line.Text))
                {
                    line.Role = LineRole.Headline;
                    return p;
                }
            }

            return -1;
        }

        // A list of links or a row of buttons the article runs around ("Artículos Relacionados" and its three
        // bulleted titles, "Tweet") is not part of its text.
        private void DropChromeInside(BodyLocator.Region region)
        {
            var runStart = -1;
            var introducedList = false;
            var inPlayer = false;
            var hasPlayer = HasVideoPlayer(region);
            for (var p = region.Start; p <= region.End + 1; p++)
            {
                // "President Obama also said:" and then bullets: the article's own list.
                if (p <= region.End && lines[p] is { Bulleted: false } plain)
                {
                    introducedList = plain.Last == ':';
                }

                // A video player's controls and dialog read as sentences and labels, and an image's file name as a word:
                // none is the article's. The separators of the player's menus ("---") go with them; a rule anywhere
                // else is the article's own section break.
                if (p <= region.End && lines[p] is { IsFree: true } line && !(introducedList && line.Bulleted)
                    && (BodyLocator.IsChromeInside(line) || MediaChrome.IsImageFileName(line.Span)
                        || (hasPlayer && IsInPlayer(line, ref inPlayer))))
                {
                    line.Role = LineRole.Noise;
                    runStart = runStart < 0 ? p : runStart;
                    continue;
                }

                inPlayer = false;
                if (runStart >= 0)
                {
                    _diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, lines[runStart].Number,
                        $"links or buttons inside the article ({p - runStart} lines): \"{GalleryReader.Shorten(lines[runStart].Text)}\""));
                    runStart = -1;
                }
            }
        }

        // The player always sets its error dialog's text on the page: a body without it holds no player's lines, and
        // its lines need not be looked up one by one.
        private bool HasVideoPlayer(BodyLocator.Region region)
        {
            for (var p = region.Start; p <= region.End; p++)
            {
                if (lines[p].Span.StartsWith(MediaChrome.PlayerDialog, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsInPlayer(DumpLine line, ref bool inPlayer) =>
            inPlayer = MediaChrome.IsPlayerControl(line.Span) || (inPlayer && line.Words == 0);

        private List<(int Line, string Text)> CollectParagraphs(BodyLocator.Region region)
        {
            var paragraphs = new List<(int, string)>();
            for (var p = region.Start; p <= region.End; p++)
            {
                var line = lines[p];
                if (!line.IsFree)
                {
                    continue;
                }

                line.Role = LineRole.Body;
                if (ParagraphText.Clean(line.Text) is { Length: > 0 } text)
                {
                    paragraphs.Add((line.Number, text));
                }
            }

            return paragraphs;
        }

        private static Dateline? ReadDateline(List<(int Line, string Text)> paragraphs)
        {
            if (paragraphs.Count > 0 && Datelines.TryMatch(paragraphs[0].Text, out var dateline, out var rest))
            {
                paragraphs[0] = (paragraphs[0].Line, rest);
                return dateline;
            }

            return null;
        }

        private void ReportDroppedRuns(int headlineAt, BodyLocator.Region region)
        {
            var articleStart = headlineAt >= 0 ? headlineAt : region.Start;
            ReportNoise(0, articleStart - 1, "navigation before the article");
            ReportNoise(articleStart + 1, region.Start - 1, "page furniture between the headline and the body");
            ReportNoise(region.End + 1, lines.Count - 1, "page content after the article (footer, other stories)");
        }

        // One diagnostic per run of free lines, so a dropped menu reads as one note, not fifty.
        private void ReportNoise(int from, int to, string reason)
        {
            var runStart = -1;
            for (var p = from; p <= to + 1; p++)
            {
                var free = p <= to && lines[p].IsFree;
                if (free)
                {
                    lines[p].Role = LineRole.Noise;
                    runStart = runStart < 0 ? p : runStart;
                    continue;
                }

                if (runStart >= 0)
                {
                    var first = lines[runStart];
                    var last = lines[p - 1];
                    var span = first.Number == last.Number ? $"line {first.Number}" : $"lines {first.Number}-{last.Number}";
                    _diagnostics.Add(new Diagnostic(DiagnosticKind.Dropped, first.Number, $"{reason} ({span})"));
                    runStart = -1;
                }
            }
        }

        // A dated line by the headline wins; otherwise a wire story's "said Saturday" pins the day the
        // captions' latest date leads up to (the seed: captions of Friday and Saturday, Nov. 21, 2020).
        private DateOnly? InferPublicationDate(int headlineAt, int bodyStart, List<(int Line, string Text)> paragraphs, List<Photo> photos)
        {
            for (var p = Math.Max(0, headlineAt); p < bodyStart && p < lines.Count; p++)
            {
                var line = lines[p];
                if (line.Role is LineRole.Noise or LineRole.Byline or LineRole.Headline && line.Text.Length <= 120
                    && CaptionDates.Find(line.Text) is { } stated)
                {
                    return stated;
                }
            }

            var latest = photos.Where(p => p.TakenOn is not null).Max(p => p.TakenOn);
            if (latest is null || paragraphs.Count == 0 || CaptionDates.FindWeekday(paragraphs[0].Text) is not { } weekday)
            {
                return null;
            }

            var date = latest.Value;
            while (date.DayOfWeek != weekday)
            {
                date = date.AddDays(1);
            }

            return date;
        }
    }
}
