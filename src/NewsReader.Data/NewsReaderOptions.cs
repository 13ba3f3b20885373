namespace NewsReader.Data;

/// <summary>
/// Where the store keeps its files, bound from the "NewsReader" configuration section
/// (appsettings, or environment variables such as <c>NewsReader__DataDirectory</c>).
/// Relative paths resolve against the current directory; unset folders live under <see cref="DataDirectory"/>.
/// </summary>
public sealed class NewsReaderOptions
{
    public const string SectionName = "NewsReader";

    public string DataDirectory { get; set; } = "data";

    public string? DatabasePath { get; set; }

    public string? InboxPath { get; set; }

    public string? ArchivePath { get; set; }

    public string? FailedPath { get; set; }

    public string? MediaPath { get; set; }

    public string SamplesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>How often the inbox is rescanned for files the watcher missed.</summary>
    public TimeSpan InboxRescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a file's size and write time must stay still before the inbox takes it.</summary>
    public TimeSpan InboxSettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a settled page that refers to its <c>NAME_files/</c> folder waits for that folder to appear,
    /// since a browser may finish the page before it starts the folder; after that it is taken without it.
    /// </summary>
    public TimeSpan InboxFolderWait { get; set; } = TimeSpan.FromSeconds(30);

    public string ResolvedDataDirectory => Path.GetFullPath(DataDirectory);

    public string ResolvedDatabasePath => Resolve(DatabasePath, "newsreader.db");

    public string ResolvedInboxPath => Resolve(InboxPath, "inbox");

    public string ResolvedArchivePath => Resolve(ArchivePath, "archive");

    public string ResolvedFailedPath => Resolve(FailedPath, "failed");

    public string ResolvedMediaPath => Resolve(MediaPath, "media");

    public string ResolvedSamplesPath => Path.GetFullPath(SamplesPath);

    private string Resolve(string? configured, string defaultName) =>
        string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(ResolvedDataDirectory, defaultName)
            : Path.GetFullPath(configured);
}
