using NewsReader.Ingestion;

namespace NewsReader.Data.Tests;

/// <summary>Parsed articles shaped like the seed story, built in code.</summary>
internal static class TestArticles
{
    public static ParsedArticle Story(
        string headline = "Azerbaijani leader: Cease-fire may improve Armenia relations",
        DateOnly? publishedOn = null,
        string[]? paragraphs = null,
        IReadOnlyList<Photo>? photos = null,
        IReadOnlyList<RelatedList>? related = null,
        Dateline? dateline = null) =>
        new(
            headline,
            "By Daria Litvinova",
            dateline ?? new Dateline("MOSCOW (AP) —", ["MOSCOW"], "AP"),
            2,
            true,
            publishedOn ?? new DateOnly(2020, 11, 21),
            paragraphs ?? ["MOSCOW (AP) — The president of Azerbaijan said Saturday he hopes the ceasefire will lead to better relations.", "Second paragraph."],
            photos ?? [SeedPhoto(1, "APTOPIX Armenia Azerbaijan"), SeedPhoto(2, "Armenia Azerbaijan")],
            related ?? [],
            []);

    public static Photo SeedPhoto(int position, string? slug, string photographer = "Sergei Grits") =>
        new(position, 5, slug, $"Caption {position} in Stepanakert.", $"AP Photo/{photographer}", photographer, "AP", new DateOnly(2020, 11, 21));

    public static RelatedList Latest(params string[] titles) =>
        new("Latest Stories", titles.Select(t => new Teaser(t, "Summary of " + t)).ToList());
}
