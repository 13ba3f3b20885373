using NewsReader.Web.Pages.Articles;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Tests;

/// <summary>The article page's schema.org NewsArticle block, to the character.</summary>
public sealed class ArticleJsonLdTests
{
    private static readonly DateTime Sorted = new(2020, 11, 21, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Serialize_FullArticle_WritesEveryFieldInOrderWithTextEscapedForAScriptBlock()
    {
        var article = Article(
            byline: "By Daria Litvinova",
            lastIngested: Sorted.AddHours(5),
            topics: [new Link("/topics/armenia-azerbaijan", "Armenia Azerbaijan"), new Link("/topics/europe", "Europe")],
            photos:
            [
                new PhotoView(1, "A \"quoted\" caption </script> & more", "AP Photo/Sergei Grits", "Armenia", "Sergei Grits", "sergei-grits", "ab12.png", 48, 32),
                new PhotoView(2, "A caption without a credit.", null, null, null, null, null, null, null),
            ]);

        var json = ArticleJsonLd.Serialize(article, "MOSCOW (AP)", "https://news.example", "NewsReader");

        Assert.Equal(
            """
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Cease-fire \u201Cmay improve\u201D relations","url":"https://news.example/articles/cease-fire","mainEntityOfPage":"https://news.example/articles/cease-fire","datePublished":"2020-11-21","dateModified":"2020-11-21T14:00:00Z","dateline":"MOSCOW (AP)","articleSection":"Armenia Azerbaijan","keywords":["Armenia Azerbaijan","Europe"],"wordCount":10,"publisher":{"@type":"Organization","name":"NewsReader"},"image":[{"@type":"ImageObject","url":"https://news.example/media/ab12.png","caption":"A \u0022quoted\u0022 caption \u003C/script\u003E \u0026 more","creditText":"AP Photo/Sergei Grits","creator":{"@type":"Person","name":"Sergei Grits"}},{"@type":"ImageObject","url":"https://news.example/articles/cease-fire/photos/2","caption":"A caption without a credit."}],"author":{"@type":"Person","name":"Daria Litvinova"}}
            """,
            json);
    }

    [Fact]
    public void Serialize_ArticleWithoutBylineTopicsOrPhotos_LeavesOutWhatItDoesNotHave()
    {
        var json = ArticleJsonLd.Serialize(Article(byline: null, lastIngested: Sorted, topics: [], photos: []), null, "http://localhost", "NewsReader");

        Assert.Equal(
            """
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Cease-fire \u201Cmay improve\u201D relations","url":"http://localhost/articles/cease-fire","mainEntityOfPage":"http://localhost/articles/cease-fire","datePublished":"2020-11-21","dateModified":"2020-11-21","keywords":[],"wordCount":10,"publisher":{"@type":"Organization","name":"NewsReader"},"image":[]}
            """,
            json);
    }

    private static ArticleView Article(string? byline, DateTime lastIngested, IReadOnlyList<Link> topics, IReadOnlyList<PhotoView> photos) =>
        new(1, "cease-fire", "Cease-fire “may improve” relations", byline, "MOSCOW (AP) —", "AP", new DateOnly(2020, 11, 21), Sorted, lastIngested, 2,
            ["MOSCOW (AP) — The president said Saturday.", "Second  paragraph here."], null, photos, topics, [], [], []);
}
