namespace NewsReader.Ingestion.Tests.Corpus;

/// <summary>
/// One English article page of the corpus: its real headline (the page's &lt;h1&gt;, read from source.html)
/// and the body-score floors each dump must keep. Floors only go up: raise them as the parser improves.
/// </summary>
public sealed record EnglishPage(
    string Name,
    string Headline,
    double W3mFloor,
    double InnerTextFloor);

/// <summary>A page of the corpus in another language than English: the headline its dumps must give and the body-score floors they must keep.</summary>
public sealed record OtherLanguagePage(string Name, string Headline, double W3mFloor, double InnerTextFloor, string? W3mHeadline = null);

internal static class CorpusPages
{
    public const string W3m = "page.w3m.txt";
    public const string InnerText = "page.innertext.txt";

    /// <summary>Shingle F1 over all English pages must stay at or above this, per dump kind.</summary>
    public const double AverageF1Floor = 0.95;

    public static readonly IReadOnlyList<EnglishPage> English =
    [
        new("ars-1", "Just-released Minecraft exploit makes it easy to crash game servers", 0.95, 0.95),
        new("bbc-1", "Obama admits US gun laws are his 'biggest frustration'", 0.95, 0.95),
        new("breitbart", "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'", 0.95, 0.95),
        new("bug-1255978", "The seven secrets that hotel owners don't want you to know", 0.90, 0.85),
        new("buzzfeed-1", "Student Dies After Diet Pills She Bought Online “Burned Her Up From Within”", 0.95, 0.95),
        new("citylab-1", "Why Neon Is the Ultimate Symbol of the 20th Century", 0.95, 0.95),
        new("cnet", "Zuckerberg offers peek at Facebook's acquisition strategies", 0.95, 0.95),
        new("cnn", "The 'birth lottery' and economic mobility", 0.95, 0.95),
        new("guardian-1", "'What is the sea telling us?': Māori tribes fearful over whale strandings", 0.88, 0.95),
        new("herald-sun-1", "Angry media won’t buckle over new surveillance laws", 0.95, 0.95),
        new("medicalnewstoday", "How does the brain turn unconscious information into conscious thought?", 0.95, 0.95),
        new("msn", "Nintendo's first iPhone game will launch in December for $10", 0.90, 0.85),
        new("nytimes-1", "United States to Lift Sudan Sanctions", 0.95, 0.95),
        new("nytimes-2", "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say", 0.95, 0.95),
        new("nytimes-3", "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.", 0.95, 0.95),
        new("nytimes-4", "As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military", 0.90, 0.90),
        new("quanta-1", "The Hidden Heroines of Chaos", 0.95, 0.95),
        new("salon-1", "The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians", 0.95, 0.95),
        new("schema-org-context-object", "South Korean president’s impeachment fails after ruling party lawmakers walk out", 0.95, 0.95),
        new("seattletimes-1", "Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods", 0.95, 0.95),
        new("telegraph", "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate", 0.95, 0.95),
        new("theverge", "Apple’s Vision Pro is the Retina display moment for headsets", 0.90, 0.90),
        new("tmz-1", "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!", 0.85, 0.90),
        new("wapo-1", "Attack stokes instability fears in North Africa", 0.95, 0.95),
        new("wapo-2", "Where do strained U.S.-Israeli relations go after Netanyahu’s victory?", 0.95, 0.95),
        // The page's <h1> is the section name ("Allergies Health Center"); the article headline is the next heading.
        new("webmd-1", "Babies Who Eat Peanuts Early May Avoid Allergy", 0.95, 0.95),
        new("wikia", "‘Star Wars’ Original Cuts Might Get Released for 40th Anniversary", 0.95, 0.95),
        new("yahoo-1", "These are the 8 coolest PlayStation VR games", 0.90, 0.90),
        new("yahoo-2", "Russia: Space ship malfunctions, breaks up over Siberia", 0.90, 0.90),
        new("yahoo-3", "Veteran Wraps Baby in American Flag, Photo Sparks Controversy", 0.95, 0.95),
    ];

    /// <summary>
    /// Pages in other languages: they must parse and give their real headline (the page's &lt;h1&gt;). Their bodies are
    /// held to floors too (Readability's expected text keeps some page furniture on qq, which lowers its recall).
    /// </summary>
    public static readonly IReadOnlyList<OtherLanguagePage> OtherLanguages =
    [
        new("aktualne", "West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout", 0.95, 0.90),
        new("cnet-svg-classes", "Twitter Lite se estrena en 11 países de América Latina", 0.90, 0.90),
        new("folha", "Tite diz que errou ao levar taça da Libertadores a Lula em 2012", 0.95, 0.95),
        new("gmw", "宇航员在太空中喝酒会怎么样？后果很严重", 0.95, 0.95),
        new("heise", "1Password für Mac generiert Einmal-Passwörter", 0.95, 0.95),
        new("la-nacion", "Una solución no violenta para la cuestión mapuche", 0.95, 0.95),
        new("lemonde-1", "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", 0.95, 0.95),
        new("liberation-1", "Un troisième Français mort dans le séisme au Népal", 0.95, 0.95),
        // The text browser joins the two halves the page's <h1> sets apart with a space.
        new("qq", "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", 0.75, 0.75, W3mHeadline: "DeepMind新电脑已可利用记忆自学人工智能迈上新台阶"),
        new("yahoo-4", "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」", 0.95, 0.95),
        // The page has no <h1>: its title, less the site's name.
        new("youth", "海外留学生看两会：出国前后关注点大不同", 0.90, 0.90),
    ];

    public static OtherLanguagePage OtherLanguage(string name) => OtherLanguages.Single(p => p.Name == name);

    public static EnglishPage Page(string name) => English.Single(p => p.Name == name);
}
