namespace NewsReader.Tests.Shared;

/// <summary>
/// Finds the shared article corpus (<c>../shared/corpus</c> beside the clone). Tests that need it call
/// <see cref="RequireDirectory"/>, which skips the test with a message when the corpus is absent,
/// except under CI, where a missing corpus is a failure.
/// </summary>
internal static class TestCorpus
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The repository root: the folder that holds NewsReader.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Directory => Root.Value;

    public static string SeedStoryPath => Path.Combine(RepositoryRoot, "samples", "azerbaijan-ceasefire-ap.txt");

    public static string RequireDirectory()
    {
        if (Root.Value is { } root)
        {
            return root;
        }

        const string Message = "The article corpus was not found at ../shared/corpus beside the clone (or NEWSREADER_CORPUS).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(Message);
        }

        Assert.Skip(Message);
        return null!;
    }

    public static string PagePath(string page, string file) => Path.Combine(RequireDirectory(), "pages", page, file);

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("NEWSREADER_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return System.IO.Directory.Exists(configured) ? configured : null;
        }

        var beside = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
        return System.IO.Directory.Exists(beside) ? beside : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsReader.sln was not found above " + AppContext.BaseDirectory);
    }
}
