using NewsReader.Ingestion.Text;
using static NewsReader.Ingestion.Tests.Text.TextDumpParserTests;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>How pages give the writer between the headline and the body, and what is not a writer.</summary>
public sealed class BylineFinderTests
{
    private const string Headline = "Ferry services resume on the fjord after the storm";

    [Theory]
    [InlineData("By Kari Nordmann")]
    [InlineData("by: Kari Nordmann")]
    [InlineData("By Kari Nordmann, a transport reporter who has covered the fjord crossings for a decade and more")]
    public void Parse_CreditUnderTheHeadline_IsTheBylineAndNotBody(string credit)
    {
        var article = Parse([Headline, credit, .. Body]);

        Assert.Equal("By Kari Nordmann", article.Byline);
        Assert.Equal(Body, article.Paragraphs);
    }

    [Theory]
    [InlineData("Par Élise Lucet", "By Élise Lucet")]
    [InlineData("Por Juan Pérez", "By Juan Pérez")]
    [InlineData("Von Kari Nordmann", "By Kari Nordmann")]
    public void Parse_CreditInAnotherLanguageUnderTheHeadline_IsTheBylineAndNotBody(string credit, string byline)
    {
        var article = Parse([Headline, credit, .. Body]);

        Assert.Equal(byline, article.Byline);
        Assert.Equal(Body, article.Paragraphs);
    }

    [Theory]
    [InlineData("Updated 2 hours ago | By Kari Nordmann", "By Kari Nordmann")]
    [InlineData("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)",
        "By Martin Untersinger (avec Damien Leloup et Morgane Tual)")]
    public void Parse_CreditLastAmongTheStorysDetails_IsTheBylineAndNotBody(string details, string byline)
    {
        var underHeadline = Parse([Headline, details, .. Body]);
        var openingTheBody = Parse([Headline, Body[0], details, .. Body[1..]]);

        Assert.Equal(byline, underHeadline.Byline);
        Assert.Equal(Body, underHeadline.Paragraphs);
        Assert.Equal(byline, openingTheBody.Byline);
        Assert.Equal(Body, openingTheBody.Paragraphs);
    }

    [Theory]
    [InlineData("Von Miller")]
    [InlineData("Par exemple")]
    [InlineData("Por qué importa")]
    [InlineData("Le Monde | Par ici la sortie")]
    [InlineData("Sports | Von Miller")]
    public void Parse_LineOpeningWithAnotherLanguagesByThatNamesNoPerson_IsNoByline(string line)
    {
        var article = Parse([Headline, line, .. Body]);

        Assert.Null(article.Byline);
    }

    [Theory]
    [InlineData("Von Braun Center")]
    [InlineData("Door County Advocate")]
    [InlineData("Par Three Challenge")]
    public void Parse_EnglishNameOpeningLikeAnotherLanguagesBy_LosesToTheCreditAndStaysInTheBody(string line)
    {
        var aboveTheCredit = Parse([Headline, line, "By Kari Nordmann", .. Body]);
        var inTheBody = Parse([Headline, Body[0], line, .. Body[1..]]);

        Assert.Equal("By Kari Nordmann", aboveTheCredit.Byline);
        Assert.Null(inTheBody.Byline);
        Assert.Contains(line, inTheBody.Paragraphs);
    }

    [Fact]
    public void Parse_WritersNameUnderTheLastParagraph_IsNoParagraph()
    {
        // The note on the writer under the name stays, as a closing line the sites and readers take as the article's.
        var note = "Élise Lucet is a senior reporter at Example News covering transport and the coast for the paper.";

        var article = Parse([Headline, "Par Élise Lucet (avec Jean Dupont)", .. Body, "Élise Lucet (avec Jean Dupont)", note]);

        Assert.Equal("By Élise Lucet (avec Jean Dupont)", article.Byline);
        Assert.Equal([.. Body, note], article.Paragraphs);
        Assert.Contains(article.Diagnostics, d => d.Kind == DiagnosticKind.Dropped && d.Message.StartsWith("the writer's name under the article", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LastParagraphNamingTheWriter_StaysAParagraph()
    {
        var article = Parse([Headline, "By Kari Nordmann", .. Body, "Kari Nordmann watched the first ferry leave on Monday."]);

        Assert.Equal([.. Body, "Kari Nordmann watched the first ferry leave on Monday."], article.Paragraphs);
    }

    // A standfirst and a credit long enough to be read as prose open the body, with the story's details under them.
    private const string Standfirst = "I tried the new ferries, and just like the first crossing on the old boats a decade ago, there is no going back from here.";
    private const string Credit = "By Kari Nordmann, a deputy editor and author of the Harbour Line newsletter. She has covered the ferry industry for over a decade at Example News and Example Times.";

    [Fact]
    public void Parse_TimeAndShareButtonUnderACreditTheBodyTookIn_AreNoParagraphs()
    {
        var article = Parse([Headline, Standfirst, Credit, "Jun 7, 2023, 8:54 PM UTC|", "Share this story", .. Body]);

        Assert.Equal("By Kari Nordmann", article.Byline);
        Assert.Equal([Standfirst, .. Body], article.Paragraphs);
        Assert.Contains(article.Diagnostics, d => d.Message.StartsWith("the story's details under its credit (2 lines)", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ParagraphWithADateUnderACreditTheBodyTookIn_StaysAParagraph()
    {
        var article = Parse([Headline, Standfirst, Credit, "On Jun 7, 2023, the ferry sank.", .. Body]);

        Assert.Contains("On Jun 7, 2023, the ferry sank.", article.Paragraphs);
    }

    [Fact]
    public void Parse_ByOnALineOfItsOwnOverWordsTooLongForAName_IsNoByline()
    {
        var article = Parse([Headline, "By", "Internationalization Standardization Committee", .. Body], "\n");

        Assert.Null(article.Byline);
    }

    [Fact]
    public void Parse_ByOnALineOfItsOwnOverTheNames_IsTheByline()
    {
        var article = Parse([Headline, "April 28, 2019 at 6:01 am", "By", "Kari Nordmann", "Example News transport reporter", .. Body], "\n");

        Assert.Equal("By Kari Nordmann", article.Byline);
        Assert.Equal(Body, article.Paragraphs);
    }

    [Theory]
    [InlineData("Friday 25 December 2015")]
    [InlineData("16 November 2017 • 2:15pm")]
    [InlineData("Games Editor")]
    [InlineData("Example News Reporter")]
    public void Parse_NameOverTheTimeOrTheWritersJob_IsTheByline(string under)
    {
        var article = Parse([Headline, "Kari Nordmann", under, .. Body]);

        Assert.Equal("By Kari Nordmann", article.Byline);
    }

    [Theory]
    [InlineData("César Salza", "1 de diciembre de 2017 3:00 AM PST", "By César Salza")]
    [InlineData("Aleš Vávra", "před 2 hodinami", "By Aleš Vávra")]
    [InlineData("Aleš Vávra Aleš Vávra", "před 2 hodinami", "By Aleš Vávra")]
    [InlineData("Kari Nordmann Kari Nordmann", "Friday 25 December 2015", "By Kari Nordmann")]
    [InlineData("Élise Lucet", "il y a 3 heures", "By Élise Lucet")]
    [InlineData("Kari Nordmann", "hace 5 minutos", "By Kari Nordmann")]
    [InlineData("Kari Nordmann", "vor 2 Stunden", "By Kari Nordmann")]
    [InlineData("Kari Nordmann", "há 1 dia", "By Kari Nordmann")]
    [InlineData("Von Kari Nordmann", "vor 2 Stunden", "By Kari Nordmann")]
    [InlineData("Par Élise Lucet", "il y a 3 heures", "By Élise Lucet")]
    public void Parse_NameWithLettersOutsideAsciiOrShownTwiceOverTheTimeInAnyLanguage_IsTheByline(string name, string under, string byline)
    {
        var article = Parse([Headline, name, under, .. Body]);

        Assert.Equal(byline, article.Byline);
        Assert.Equal(Body, article.Paragraphs);
    }

    [Theory]
    [InlineData("Kari Nordmann - Apr 16, 2015 8:02 pm UTC")]
    [InlineData("Kari Nordmann - Apr ٢١, ٢٠١٥")]
    [InlineData("Kari Nordmann 1 day ago")]
    [InlineData("Kari Nordmann • 8h")]
    [InlineData("[6eef5bc5-c] Kari Nordmann • 8h")]
    public void Parse_NameBesideTheTime_IsTheByline(string line)
    {
        var article = Parse([Headline, line, .. Body]);

        Assert.Equal("By Kari Nordmann", article.Byline);
    }

    [Fact]
    public void Parse_CreditUnderTheLeadPhotoAFewLinesIntoTheBody_IsTheBylineAndNotBody()
    {
        var lead = "The harbour authority reopened the crossings on Monday after two days of high winds.";
        var caption = "A ferry leaves the terminal in Oslo on Monday. The crossings had been closed since Saturday.";

        var article = Parse([Headline, lead, "Image", caption, "Kari Nordmann", "By Kari Nordmann", .. Body]);

        Assert.Equal("By Kari Nordmann", article.Byline);
        Assert.DoesNotContain("By Kari Nordmann", article.Paragraphs);
    }

    [Fact]
    public void Parse_AdvertisersCreditAFewLinesIntoTheBody_IsNoByline()
    {
        var article = Parse([Headline, Body[0], Body[1], Body[2], "Image", "by Taboola", "Promoted Links", Body[3]]);

        Assert.Null(article.Byline);
    }

    [Theory]
    [InlineData("By March, a majority of the crossings had been moved to the new terminal, which the harbour authority had opened after years of delays and rising costs that the city council had long questioned.")]
    [InlineData("By noon, police had closed the road.")]
    [InlineData("By The Numbers")]
    public void Parse_LineOpeningWithByInTheBody_StaysBody(string line)
    {
        var article = Parse([Headline, Body[0], Body[1], "Image", line, Body[2], Body[3]]);

        Assert.Null(article.Byline);
        Assert.Contains(line, article.Paragraphs);
    }

    [Fact]
    public void Parse_NameOverTheTimeAboveTheBody_WinsOverAByLineInTheBody()
    {
        var article = Parse([Headline, "Kari Nordmann", "Jan 5, 2017", Body[0], "By noon, police had closed the road.", .. Body[1..]]);

        Assert.Equal("By Kari Nordmann", article.Byline);
        Assert.Contains("By noon, police had closed the road.", article.Paragraphs);
    }

    [Theory]
    // A section label, a brand or a place over the time or a job: it has a name's shape, and is none.
    [InlineData("World News", "Friday 25 December 2015")]
    [InlineData("Business Day", "16 November 2017 • 2:15pm")]
    [InlineData("Share this story", "Games Editor")]
    [InlineData("The Guardian", "Friday 25 December 2015")]
    [InlineData("Getty Images", "Friday 25 December 2015")]
    [InlineData("New York", "16 November 2017 • 2:15pm")]
    [InlineData("Associated Press", "December 2, 2016")]
    [InlineData("Zürich Hauptbahnhof", "Friday 25 December 2015")]
    [InlineData("São Paulo", "há 2 horas")]
    [InlineData("Süddeutsche Zeitung", "vor 2 Stunden")]
    [InlineData("Česká Televize", "před 2 hodinami")]
    [InlineData("Ciudad de México", "hace 5 minutos")]
    [InlineData("Politik Ausland", "vor 2 Stunden")]
    [InlineData("Le Monde", "il y a 3 heures")]

    // Not one person's name: too long, two names run together, a name cut to one word by its credit word.
    [InlineData("Internationalization Standardization Committee", "Friday 25 December 2015")]
    [InlineData("Kari Nordmann Ola Hansen", "vor 2 Stunden")]
    [InlineData("Di Maria", "vor 2 Stunden")]

    // A name over something that is no time and no job: prose with a date in it, a page's heading, words after an age.
    [InlineData("Kari Nordmann", "The harbour authority said on Friday 25 December 2015 that the crossings would resume.")]
    [InlineData("Oslo Harbour Ferries", "Critically Acclaimed")]
    [InlineData("Kari Nordmann", "Letters to the Editor")]
    [InlineData("Aleš Vávra", "před volbami 2 strany")]
    [InlineData("Kari Nordmann", "vor 2 Stunden in Oslo festgenommen")]
    public void Parse_LineOverTheTimeThatIsNoPersonsNameOrANameOverSomethingElse_IsNoByline(string line, string under)
    {
        var article = Parse([Headline, line, under, .. Body]);

        Assert.Null(article.Byline);
    }

    [Theory]
    [InlineData("OSLO, NORWAY - JANUARY 05: Passengers wait at the terminal in Oslo, Norway, on January 5, 2017.")]
    [InlineData("Prime Minister Erna Solberg said on March 29.")]
    public void Parse_CaptionOrStandfirstWithADateInIt_IsNoByline(string line)
    {
        var article = Parse([Headline, line, .. Body]);

        Assert.Null(article.Byline);
    }

    [Fact]
    public void Find_CreditBetweenAnEarlierCopyOfTheHeadlineAndTheHeadline_IsTheByline()
    {
        // The headline finder may take the second copy (the one over the lead photo) for the headline.
        var standfirst = "Crossings resume after two days in which high winds kept every boat in port.";
        var lines = DumpLines.Split(
            string.Join("\n", [Headline, "A ferry at the terminal. Photograph: Kari Nordmann", standfirst, "by Kari Nordmann", "Main image: A ferry.", Headline, .. Body]),
            int.MaxValue,
            out _);

        Assert.Equal("By Kari Nordmann", BylineFinder.Find(lines, headlineAt: 5, bodyStart: 6));
    }
}
