using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Data.Model;

namespace NewsReader.Web.Tests;

/// <summary>
/// Articles the tests read. Until the importer is available they are written as entities, shaped
/// like the seed story: five captioned photos, a MOSCOW (AP) dateline and a Latest Stories list.
/// </summary>
internal static class TestStories
{
    public const string SeedHeadline = "Azerbaijani leader: Cease-fire may improve Armenia relations";
    public const string InStoreTeaser = "Pompeii's ruins yield scalded bodies of rich man and slave";
    public const string MissingTeaser = "Parrots found stuffed in plastic bottles in Indonesia";
    public const string HostileHeadline = "Headline with <script>alert('headline')</script> inside";
    public const string HostileCaption = "Caption with <script>alert('caption')</script> inside";

    private static int _fileCounter;

    public static async Task SeedAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        var armenia = new Topic { Slug = "armenia", Name = "Armenia" };
        var azerbaijan = new Topic { Slug = "azerbaijan", Name = "Azerbaijan" };
        var moscow = new Place { Slug = "moscow", Name = "Moscow" };
        var grits = new Photographer { Slug = "sergei-grits", Name = "Sergei Grits" };

        var seed = NewArticle("azerbaijani-leader-cease-fire-may-improve-armenia-relations", SeedHeadline, new DateOnly(2020, 11, 21));
        seed.DatelineText = "MOSCOW (AP) —";
        seed.DatelineAgency = "AP";
        seed.ReadingTimeMinutes = 2;
        seed.Paragraphs =
        [
            "MOSCOW (AP) — The president of Azerbaijan said Saturday he hopes the ceasefire will improve relations.",
            "A Russian delegation visited both capitals.",
            "Peacekeepers control the road to the region's capital.",
        ];
        seed.Topics = [armenia, azerbaijan];
        seed.Places = [moscow];
        string[] slugLines = ["APTOPIX Armenia Azerbaijan", "Armenia Azerbaijan", "Armenia Azerbaijan", "Armenia Azerbaijan", "Armenia Azerbaijan"];
        seed.Photos = [.. slugLines.Select((slug, i) => new Photo
        {
            Position = i + 1,
            StatedCount = 5,
            SlugLine = slug,
            Caption = string.Create(CultureInfo.InvariantCulture, $"Scene {i + 1} at the market in Stepanakert, on Saturday, Nov. 21, 2020."),
            Credit = "AP Photo/Sergei Grits",
            Photographer = grits,
            Agency = "AP",
        })];
        seed.RelatedLists =
        [
            new RelatedList
            {
                Position = 1,
                Heading = "Latest Stories",
                Teasers =
                [
                    NewTeaser(1, InStoreTeaser, "Archaeologists found the remains of two men."),
                    NewTeaser(2, MissingTeaser, "Crew on a docked ship found 64 birds still alive."),
                    NewTeaser(3, "Alabama man calls police and confesses to 1995 killing", "The case sat cold for years."),
                ],
            },
        ];

        var pompeii = NewArticle("pompeiis-ruins-yield-scalded-bodies-of-rich-man-and-slave", InStoreTeaser, new DateOnly(2020, 11, 20));
        pompeii.Paragraphs = ["Archaeologists have discovered the remains of two men near the ancient city."];

        var yerevan = NewArticle("armenia-protests-continue-in-yerevan", "Armenia protests continue in Yerevan", new DateOnly(2020, 11, 19));
        yerevan.Paragraphs = ["Protesters gathered again in the capital."];
        yerevan.Topics = [armenia];

        var hostile = NewArticle("headline-with-script-inside", HostileHeadline, new DateOnly(2020, 11, 18));
        hostile.Paragraphs = ["Body with <b>markup</b> that must show as text."];
        hostile.Photos = [new Photo { Position = 1, Caption = HostileCaption, SlugLine = "<script>slug</script>", Credit = "AP Photo/<i>Someone</i>" }];

        db.AddRange(seed, pompeii, yerevan, hostile);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stores the article a teaser points to, as ingesting its file would.</summary>
    public static async Task AddArticleAsync(NewsDbContext db, string slug, string headline, CancellationToken cancellationToken)
    {
        var article = NewArticle(slug, headline, new DateOnly(2020, 11, 22));
        article.Paragraphs = ["The story arrived later."];
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        var key = Key(headline);
        await db.Teasers.Where(t => t.TitleKey == key).ExecuteUpdateAsync(s => s.SetProperty(t => t.TargetArticleId, article.Id), cancellationToken);
    }

    /// <summary>Many plain articles, one a day back from the given date, for paging.</summary>
    public static async Task AddManyAsync(NewsDbContext db, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var article = NewArticle(
                string.Create(CultureInfo.InvariantCulture, $"generated-story-{i:D3}"),
                string.Create(CultureInfo.InvariantCulture, $"Generated story {i:D3}"),
                new DateOnly(2019, 1, 1).AddDays(-(i / 2)));
            article.Paragraphs = ["A paragraph."];
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static string Key(string title) =>
        new(title.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    private static Article NewArticle(string slug, string headline, DateOnly publishedOn) => new()
    {
        Slug = slug,
        Headline = headline,
        HeadlineKey = Key(headline),
        PublishedOn = publishedOn,
        SortDateUtc = publishedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        ReadingTimeMinutes = 1,
        SourceFileName = string.Create(CultureInfo.InvariantCulture, $"file-{Interlocked.Increment(ref _fileCounter)}.txt"),
        ContentHash = Guid.NewGuid().ToString("N"),
        FirstIngestedUtc = publishedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        LastIngestedUtc = publishedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    private static Teaser NewTeaser(int position, string title, string summary) => new()
    {
        Position = position,
        Title = title,
        Summary = summary,
        TitleKey = Key(title),
        StorySlug = string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))),
    };
}
