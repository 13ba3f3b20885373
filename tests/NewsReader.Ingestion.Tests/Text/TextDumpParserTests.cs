namespace NewsReader.Ingestion.Tests.Text;

/// <summary>Small dumps written for one rule each: what the parser keeps and what it leaves to the page.</summary>
public sealed class TextDumpParserTests
{
    internal static readonly string[] Body =
    [
        "The harbour authority said the crossings would run to the normal timetable for the rest of the week, after two days in which high winds kept every boat in port.",
        "Passengers who missed a crossing on Saturday or Sunday can use their tickets on any boat until the end of the month, the operator said in a statement.",
        "Forecasters expect calmer weather along the coast through Thursday, though another front could bring strong gusts to the north by the weekend.",
        "Local officials thanked the crews who worked through the night to secure the piers and clear debris from the channel before the first sailing.",
    ];

    [Theory]
    [InlineData("Ferries back", "OSLO (AP) — Ferry 1 docked on time.", "Ferry 1 docked on time.")]
    [InlineData("Ferries back", "OSLO (AP) — Ferry 1 docked on time at the main terminal on Monday morning, its captain said.", "Ferry 1 docked on time at the main terminal on Monday morning, its captain said.")]
    [InlineData("Ferry services resume on the fjord after the storm", "OSLO (AP) — Ferry 1 docked on time.", "Ferry 1 docked on time.")]
    public void Parse_DatelinedFirstParagraph_KeepsItsDatelineAndPlaceHoweverShort(string headline, string first, string firstWithoutDateline)
    {
        var article = Parse([headline, first, .. Body]);

        Assert.Equal(headline, article.Headline);
        var dateline = Assert.IsType<Dateline>(article.Dateline);
        Assert.Equal("OSLO (AP) —", dateline.Text);
        Assert.Equal(["OSLO"], dateline.Places);
        Assert.Equal("AP", dateline.Agency);
        Assert.Equal([firstWithoutDateline, .. Body], article.Paragraphs);
    }

    [Theory]
    [InlineData("Kari Nordmann is a transport reporter for Example News and is based in Oslo, Norway.")]
    [InlineData("Maria dos Santos is a correspondent for Example News.")]
    [InlineData("Ana de la Cruz is a correspondent for Example News.")]
    public void Parse_WriterNoteAfterTheSitesPointerToMoreStories_IsNotBody(string note)
    {
        var article = Parse(
        [
            "Ferry services resume on the fjord after the storm", .. Body,
            "Check out more articles on Example.com!",
            note,
            "Contact Kari Nordmann at kari.nordmann@example.com",
        ]);

        Assert.Equal(Body, article.Paragraphs);
    }

    [Fact]
    public void Parse_TimestampInArabicIndicDigitsUnderTheHeadline_IsNotTakenForIt()
    {
        var headline = "Azerbaijani leader says cease-fire may improve relations with Armenia";

        var article = Parse(["Home", "News", "World", headline, "Monday April \u0662\u0661 \u0662\u0660\u0661\u0665 \u0661\u0661:\u0662\u0669 ET", .. Body, .. Body[..2]]);

        Assert.Equal(headline, article.Headline);
    }

    [Fact]
    public void Parse_HeadlineRightUnderTheTimestampThatOpensTheArticle_WinsOverTeasersAboveIt()
    {
        // A river of other stories (each title run into its writer's name) above the article, one of them shown again
        // in the "Most Read" list after it; the article opens with its timestamp and sets the headline right under it.
        var headline = "Ferry services resume on the fjord after the storm kept boats in port";
        var teaser = "The hidden cost of island life: Why ferry towns are losing their young Ola Nordmann";
        var article = Parse(
        [
            teaser, " ", "Cabin prices climb again as buyers chase the last plots by the water Kari Hansen", " ", "Log out Sign in", "",
            "Sunday, Feb 1, 2015 11:57 AM UTC",
            headline,
            "Crossings return to the normal timetable. Operators say the week's lost sailings will take days to make up",
            "Kari Nordmann",
            "",
            string.Join("\n\n", Body),
            "",
            "Most Read", " ", "Fishing quotas to be cut for a third year in a row Per Olsen", " ", teaser, " ",
            "A lighthouse keeper's last winter on the edge of the sea Anne Berg",
        ], "\n");

        Assert.Equal(headline, article.Headline);
    }

    [Fact]
    public void Parse_LineUnderTheTimestampUnderTheHeadline_IsNotTakenForTheHeadline()
    {
        // The headline, then its metadata: the date and the section, which the page's menu also names.
        var headline = "Ferry services resume on the fjord after the storm";
        var article = Parse(
        [
            "Home", "From the section Norway news", "Norway news", "World", "Business", "Sport", "Weather", "Travel", "",
            headline,
            "24 July 2015",
            "From the section Norway news",
            "",
            string.Join("\n\n", Body),
        ], "\n");

        Assert.Equal(headline, article.Headline);
    }

    [Fact]
    public void Parse_LineUnderTheTimestampUnderTheHeadlineAfterABlankLine_IsNotTakenForTheHeadline()
    {
        // Headline, a blank line, its timestamp, then a caption without a full stop: the timestamp is the headline's.
        var headline = "Ferry services resume on the fjord after the storm";
        var article = Parse(
        [
            "Home", "News", "", headline, "", "Feb 1, 2015 11:57 AM", "A ferry leaves the harbour at Bergen on Monday morning", "",
            string.Join("\n\n", Body),
        ], "\n");

        Assert.Equal(headline, article.Headline);
    }

    [Fact]
    public void Parse_HeadlineAlsoInTheSitesMostReadList_IsStillTheHeadline()
    {
        // The story is among the site's most read: its copy in that list neither helps nor hides its headline.
        var headline = "Ferry services resume on the fjord after the storm";
        var article = Parse(
        [
            "Home", "News", "Travel", headline, "By Kari Hansen", .. Body,
            "Most Read", "Cabin prices climb again as buyers chase the last plots by the water", headline,
            "Fishing quotas to be cut for a third year in a row",
        ]);

        Assert.Equal(headline, article.Headline);
        Assert.Equal(Body, article.Paragraphs);
    }

    [Fact]
    public void Parse_BoxOfStoriesWithKickersAndCredits_IsReadAsTeasersAndKeepsTheHeadlineAboveIt()
    {
        // innerText of a box set between the headline and the body: each title has a word naming its kind above it
        // and its writer's credit under it; the nearest credit to the body is a teaser's, not the article's.
        var headline = "Un troisième Français mort dans le séisme au Népal";
        var article = Parse(
        [
            "Accueil", "Monde", headline, "AFP 30 avril 2015 à 07:19",
            "Sur le même sujet",
            "Reportage", "A Katmandou, exode sous pression", "Par Sébastien Farcis",
            "interview", "Népal : «Plus les heures passent, moins on est utiles»", "Par Laurence Defranoux",
            "",
            string.Join("\n\n", Body),
        ], "\n");

        Assert.Equal(headline, article.Headline);
        var list = Assert.Single(article.RelatedLists);
        Assert.Equal("Sur le même sujet", list.Heading);
        Assert.Equal(["A Katmandou, exode sous pression", "Népal : «Plus les heures passent, moins on est utiles»"], list.Stories.Select(story => story.Title));
        Assert.All(list.Stories, story => Assert.Null(story.Summary));
    }

    [Fact]
    public void Parse_BulletedBoxOfStoriesWithKickersAndCredits_TakesTheTitlesUnderTheKickers()
    {
        // The same box as a text browser lays it out: the kind of story on the bullet, title and credit indented under it.
        var article = Parse(
        [
            "Un troisième Français mort dans le séisme au Népal", "",
            "Sur le même sujet", "",
            "  • Reportage", "", "    A Katmandou, exode sous pression", "", "    Par Sébastien Farcis",
            "  • interview", "", "    Népal : «Plus les heures passent, moins on est utiles»", "", "    Par Laurence Defranoux",
            "",
            string.Join("\n\n", Body),
        ], "\n");

        var list = Assert.Single(article.RelatedLists);
        Assert.Equal(["A Katmandou, exode sous pression", "Népal : «Plus les heures passent, moins on est utiles»"], list.Stories.Select(story => story.Title));
        Assert.All(list.Stories, story => Assert.Null(story.Summary));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    public void Parse_SectionLabelOverTheHeadlineAfterAListOfStories_IsNoTeasersKicker(string between)
    {
        // A list of other stories, then the article: its section's name, its headline and its byline. The one-word label
        // over a title and a credit is the shape of a kicked teaser, but the list's own teasers have no kickers.
        var headline = "Ferry services resume on the fjord after the storm";
        string[] stories = ["Cabin prices climb again as buyers chase the last plots by the water", "Fishing quotas to be cut for a third year in a row"];
        var article = Parse(["Most Read", .. stories, "Norway", headline, "By Kari Hansen", "", .. Body], between);

        Assert.Equal(headline, article.Headline);
        Assert.Equal(Body, article.Paragraphs);
        Assert.Equal(stories, Assert.Single(article.RelatedLists).Stories.Select(story => story.Title));
    }

    [Fact]
    public void Parse_HeadingWordOverATitleAndACredit_StartsItsOwnListRatherThanKickingATeaser()
    {
        var title = "Cabin prices climb again as buyers chase the last plots by the water";
        var article = Parse(
        [
            "Ferry services resume on the fjord after the storm", "",
            "Sur le même sujet", "Trending", title, "Par Kari Hansen", "",
            string.Join("\n\n", Body),
        ], "\n");

        var list = Assert.Single(article.RelatedLists);
        Assert.Equal("Trending", list.Heading);
        Assert.Equal([title], list.Stories.Select(story => story.Title));
    }

    [Fact]
    public void Parse_VideoPlayerAndImageFileNamesAmongTheParagraphs_AreLeftOutAndTheArticlesSectionBreakKept()
    {
        string[] player =
        [
            "Current Time 0:00", "Duration Time 0:00", "captions settings, opens captions settings dialog", "This is a modal window.",
            "---", "---", "Text Edge Style", "Proportional Sans-Serif",
            "This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.",
        ];

        var article = Parse(["Ferry services resume on the fjord after the storm", Body[0], Body[1], .. player, "ferry-dock-getty.jpg", Body[2], "* * *", Body[3]]);

        Assert.Equal([Body[0], Body[1], Body[2], "* * *", Body[3]], article.Paragraphs);
        Assert.Contains(article.Diagnostics, d => d.Kind == DiagnosticKind.Dropped && d.Message.StartsWith("links or buttons inside the article (10 lines)", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TextBrowsersMarksAndImageNamesRunIntoParagraphs_AreTakenOutOfThem()
    {
        var article = Parse(["Ferry services resume on the fjord after the storm", "ferry-dock-getty-01" + Body[0], Body[1], "[INS::INS] " + Body[2], Body[3]]);

        Assert.Equal(Body, article.Paragraphs);
    }

    [Fact]
    public void Parse_LiveBadgeOverTheHeadline_IsNoListHeading()
    {
        var headline = "Ferry services resume on the fjord after the storm";

        var article = Parse(["Accueil", "EN DIRECT", headline, "Par Jean Dupont", .. Body]);

        Assert.Equal(headline, article.Headline);
        Assert.Equal(Body, article.Paragraphs);
        Assert.Empty(article.RelatedLists);
    }

    [Fact]
    public void Parse_SitesLiveFeedAfterTheArticle_IsAListOfItsStories()
    {
        string[] feed = ["14:44 Accusations de viols : 14 militaires mis en cause", "14:32 Un artiste arrêté pour avoir coloré un geyser"];

        var article = Parse(["Ferry services resume on the fjord after the storm", .. Body, "Direct", .. feed]);

        var list = Assert.Single(article.RelatedLists);
        Assert.Equal("Direct", list.Heading);
        Assert.Equal(feed, list.Stories.Select(story => story.Title));
    }

    [Theory]
    [InlineData("By Kari Hansen")]
    [InlineData("")]
    [InlineData("Share")]
    public void Parse_CaptionUnderTheTimestampUnderTheHeadline_IsNotTakenForTheHeadline(string between)
    {
        // Headline, then a byline, a blank line or a share button, then the timestamp and a caption under it.
        var headline = "Ferry services resume on the fjord after the storm";
        var article = Parse(
        [
            "Home", "News", "", headline, between, "Feb 1, 2015 11:57 AM", "A ferry leaves the harbour at Bergen on Monday morning", "",
            string.Join("\n\n", Body),
        ], "\n");

        Assert.Equal(headline, article.Headline);
    }

    [Fact]
    public void Parse_TeaserAboveTheArticleRepeatedOnlyInTheMostReadList_DoesNotBeatTheHeadline()
    {
        // A teaser in the river above the article is listed again under "Most Read": that copy is no sign of a headline.
        var teaser = "The hidden cost of island life: why ferry towns are losing their young to the cities";
        var headline = "Ferry services resume on the fjord after the storm";
        var article = Parse(["Home", "News", teaser, headline, .. Body, "Most Read", teaser, "Fishing quotas to be cut for a third year in a row"]);

        Assert.Equal(headline, article.Headline);
    }

    [Fact]
    public void Parse_KickedTeaserInABulletedListAfterAPlainOne_IsTitledByItsTitle()
    {
        var article = Parse(
        [
            "Ferry services resume on the fjord after the storm", "",
            "Sur le même sujet", "",
            "  • Cabin prices climb again as buyers chase the last plots by the water",
            "  • Reportage", "", "    A Katmandou, exode sous pression", "", "    Par Sébastien Farcis",
            "",
            string.Join("\n\n", Body),
        ], "\n");

        var list = Assert.Single(article.RelatedLists);
        Assert.Equal(["Cabin prices climb again as buyers chase the last plots by the water", "A Katmandou, exode sous pression"],
            list.Stories.Select(story => story.Title));
    }

    [Fact]
    public void Parse_LiveBadgeOverAHeadlineOpeningWithATime_IsNoListHeading()
    {
        var headline = "10h30 : le Premier ministre s'exprime sur la réforme des retraites";

        var article = Parse(["Accueil", "EN DIRECT", headline, "Par Jean Dupont", .. Body]);

        Assert.Equal(headline, article.Headline);
        Assert.Empty(article.RelatedLists);
    }

    [Fact]
    public void Parse_LeadShownTwiceAsItsImagesText_KeepsOneCopy()
    {
        // The image's text repeats the lead with plain quotes, as a page's alt text often does.
        var lead = "The harbour master said every ferry on the fjord was “back on time” on Monday, the first day since the storm closed the port last week.";
        var imageText = lead.Replace('“', '"').Replace('”', '"');

        var article = Parse(["Ferry services resume on the fjord after the storm", "By Kari Nordmann", lead, imageText, .. Body]);

        Assert.Equal([lead, .. Body], article.Paragraphs);
    }

    // Lines of a dump, a blank line between them unless told otherwise (innerText runs lines together).
    internal static ParsedArticle Parse(IEnumerable<string> lines, string between = "\n\n")
    {
        var result = TextDumpParser.Parse(string.Join(between, lines));
        return Assert.IsType<ParseSuccess>(result).Article;
    }
}
