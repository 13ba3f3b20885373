using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data.Model;

namespace NewsReader.Data.Ingest;

/// <summary>
/// Writes parsed articles into the store: new articles get a unique slug, the same content again is
/// "unchanged", and a corrected version (same headline and date, or same source file) is updated in place.
/// </summary>
/// <remarks>
/// A batch runs in one transaction with a savepoint per file, so each article is atomic (all of its
/// photos, lists and teasers or none) while the batch pays for one commit. The write path uses prepared
/// SQLite commands on the context's connection instead of SaveChanges: change tracking costs about ten
/// times the insert itself for an article's twenty-odd rows, and ingest must keep within half the speed
/// of raw inserts. EF Core still owns the model, the migrations and every query the pages run.
/// </remarks>
public sealed class ArticleImporter(NewsDbContext db, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(ImportEntry entry, CancellationToken cancellationToken)
    {
        var outcomes = await ImportAsync([entry], cancellationToken);
        return outcomes[0];
    }

    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<ImportEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return [];
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();

            // BEGIN IMMEDIATE: take the write lock up front so a concurrent writer waits on the busy
            // timeout instead of failing when this transaction upgrades from read to write.
            using var transaction = connection.BeginTransaction(deferred: false);
            using var writer = new ImportWriter(connection, transaction);
            var outcomes = new List<ImportOutcome>(entries.Count);
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(writer.Write(entry, clock.GetUtcNow().UtcDateTime));
            }

            transaction.Commit();
            return outcomes;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class ImportWriter : IDisposable
    {
        private static readonly HashSet<string> TopicMarkers = new(StringComparer.OrdinalIgnoreCase)
        {
            "APTOPIX", "AP", "EDS", "FILE", "REFILE", "CORRECTION", "CORRECTS", "CORRECTED", "ADDITION",
            "ADVANCE", "UPDATE", "UPDATES", "REPEAT", "WITHDRAWN", "EMBARGOED", "XGR", "HOLD",
        };

        private const string Savepoint = "article";

        private readonly SqliteTransaction _transaction;
        private readonly List<PreparedStatement> _all = [];
        private readonly PreparedStatement _findByHeadlineAndDate;
        private readonly PreparedStatement _findBySource;
        private readonly PreparedStatement _findByHash;
        private readonly PreparedStatement _slugTaken;
        private readonly PreparedStatement _insertArticle;
        private readonly PreparedStatement _updateArticle;
        private readonly PreparedStatement _touchArticle;
        private readonly PreparedStatement _deletePhotos;
        private readonly PreparedStatement _deleteLists;
        private readonly PreparedStatement _deleteTopics;
        private readonly PreparedStatement _deletePlaces;
        private readonly PreparedStatement _unlinkRenamed;
        private readonly PreparedStatement _linkWaitingTeasers;
        private readonly PreparedStatement _findPhotographer;
        private readonly PreparedStatement _insertPhotographer;
        private readonly PreparedStatement _insertPhoto;
        private readonly PreparedStatement _insertList;
        private readonly PreparedStatement _findStorySlug;
        private readonly PreparedStatement _insertTeaser;
        private readonly PreparedStatement _findTopic;
        private readonly PreparedStatement _insertTopic;
        private readonly PreparedStatement _linkTopic;
        private readonly PreparedStatement _findPlace;
        private readonly PreparedStatement _insertPlace;
        private readonly PreparedStatement _linkPlace;

        // Ids and slugs already looked up in this batch. Rows a rolled-back article created vanish with it,
        // so a rollback empties the caches that could hold them.
        private readonly Dictionary<string, long> _photographerIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _topicIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _placeIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _storySlugs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Key, string Slug)> _titleKeys = new(StringComparer.Ordinal);
        private readonly PreparedStatement _insertFile;

        public ImportWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            _transaction = transaction;
            PreparedStatement S(string sql)
            {
                var statement = new PreparedStatement(connection, transaction, sql);
                _all.Add(statement);
                return statement;
            }

            const string Existing = "SELECT Id, Slug, ContentHash, FirstIngestedUtc FROM Articles ";
            _findByHeadlineAndDate = S(Existing + "WHERE HeadlineKey = @key AND PublishedOn = @date ORDER BY Id LIMIT 1");
            _findBySource = S(Existing + "WHERE SourcePath = @path ORDER BY Id DESC LIMIT 1");
            _findByHash = S(Existing + "WHERE ContentHash = @hash ORDER BY Id LIMIT 1");
            _slugTaken = S("SELECT EXISTS (SELECT 1 FROM Articles WHERE Slug = @slug)");
            _insertArticle = S("""
                INSERT INTO Articles (Slug, Headline, HeadlineKey, Byline, DatelineText, DatelineAgency, ReadingTimeMinutes,
                    ReadingTimeEstimated, PublishedOn, SortDateUtc, Paragraphs, WordCount, CanonicalUrl, SiteName, Language,
                    SourceFileName, SourcePath, ContentHash, FirstIngestedUtc, LastIngestedUtc)
                VALUES (@slug, @headline, @key, @byline, @dateline, @agency, @minutes, @estimated, @date, @sort, @paragraphs,
                    @words, @url, @site, @language, @fileName, @path, @hash, @now, @now)
                RETURNING Id
                """);
            _updateArticle = S("""
                UPDATE Articles SET Headline = @headline, HeadlineKey = @key, Byline = @byline, DatelineText = @dateline,
                    DatelineAgency = @agency, ReadingTimeMinutes = @minutes, ReadingTimeEstimated = @estimated,
                    PublishedOn = @date, SortDateUtc = @sort, Paragraphs = @paragraphs, WordCount = @words, CanonicalUrl = @url,
                    SiteName = @site, Language = @language, SourceFileName = @fileName, SourcePath = @path, ContentHash = @hash,
                    LastIngestedUtc = @now
                WHERE Id = @id
                """);
            _touchArticle = S("UPDATE Articles SET LastIngestedUtc = @now WHERE Id = @id");
            _deletePhotos = S("DELETE FROM Photos WHERE ArticleId = @id");
            _deleteLists = S("DELETE FROM RelatedLists WHERE ArticleId = @id");
            _deleteTopics = S("DELETE FROM ArticleTopics WHERE ArticleId = @id");
            _deletePlaces = S("DELETE FROM ArticlePlaces WHERE ArticleId = @id");

            // A corrected headline no longer answers teasers that matched the old one: hand them to
            // another article with their title, if any.
            _unlinkRenamed = S("""
                UPDATE Teasers SET TargetArticleId = (SELECT a.Id FROM Articles a WHERE a.HeadlineKey = Teasers.TitleKey
                    AND a.Id <> @id ORDER BY a.SortDateUtc DESC, a.Id DESC LIMIT 1)
                WHERE TargetArticleId = @id AND TitleKey <> @key
                """);

            // Teasers stored before their article arrived.
            _linkWaitingTeasers = S("UPDATE Teasers SET TargetArticleId = @id WHERE TitleKey = @key AND TargetArticleId IS NULL");
            _findPhotographer = S("SELECT Id FROM Photographers WHERE Slug = @slug");
            _insertPhotographer = S("INSERT INTO Photographers (Slug, Name) VALUES (@slug, @name) RETURNING Id");
            _insertPhoto = S("""
                INSERT INTO Photos (ArticleId, Position, StatedCount, SlugLine, Caption, Credit, PhotographerId, Agency, TakenOn, ImageSource,
                    ImageFileName, ImageContentType, ImageWidth, ImageHeight)
                VALUES (@article, @position, @count, @slugLine, @caption, @credit, @photographer, @agency, @taken, @source,
                    @imageFile, @imageType, @imageWidth, @imageHeight)
                """);
            _insertList = S("INSERT INTO RelatedLists (ArticleId, Position, Heading) VALUES (@article, @position, @heading) RETURNING Id");

            // Teasers with one title share one story page, so a new teaser takes the slug its title already has.
            _findStorySlug = S("SELECT StorySlug FROM Teasers WHERE TitleKey = @key LIMIT 1");
            _insertTeaser = S("""
                INSERT INTO Teasers (RelatedListId, Position, Title, Summary, TitleKey, StorySlug, TargetArticleId)
                VALUES (@list, @position, @title, @summary, @key, @storySlug,
                    (SELECT Id FROM Articles WHERE HeadlineKey = @linkKey AND Id <> @article ORDER BY SortDateUtc DESC, Id DESC LIMIT 1))
                """);
            _findTopic = S("SELECT Id FROM Topics WHERE Slug = @slug");
            _insertTopic = S("INSERT INTO Topics (Slug, Name) VALUES (@slug, @name) RETURNING Id");
            _linkTopic = S("INSERT OR IGNORE INTO ArticleTopics (ArticleId, TopicId) VALUES (@article, @topic)");
            _findPlace = S("SELECT Id FROM Places WHERE Slug = @slug");
            _insertPlace = S("INSERT INTO Places (Slug, Name) VALUES (@slug, @name) RETURNING Id");
            _linkPlace = S("INSERT OR IGNORE INTO ArticlePlaces (ArticleId, PlaceId) VALUES (@article, @place)");
            _insertFile = S("""
                INSERT INTO IngestedFiles (Path, SizeBytes, FileHash, Outcome, Error, ArticleId, StartedUtc, FinishedUtc)
                VALUES (@path, @size, @hash, @outcome, @error, @article, @started, @finished)
                """);
        }

        public ImportOutcome Write(ImportEntry entry, DateTime nowUtc)
        {
            var started = Stopwatch.GetTimestamp();
            if (entry.Article is null)
            {
                RecordFile(entry, IngestOutcome.Failed, entry.Error ?? "no article", null, nowUtc);
                return new ImportOutcome(entry.Source.Path, IngestOutcome.Failed, null, null, entry.Error) { Bug = entry.Bug };
            }

            _transaction.Save(Savepoint);
            try
            {
                var (outcome, id, slug) = WriteArticle(entry, nowUtc);
                RecordFile(entry, outcome, null, id, nowUtc);
                _transaction.Release(Savepoint);
                return new ImportOutcome(entry.Source.Path, outcome, id, slug, null)
                {
                    ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    Warnings = entry.Warnings,
                };
            }
            catch (SqliteException exception) when (!IsStoreFailure(exception))
            {
                // A constraint the article breaks: bad data, that file's failure alone.
                return Fail(entry, "the article could not be stored: " + exception.Message, null, nowUtc);
            }
#pragma warning disable CA1031 // Anything else is a bug; the file that tripped it must still not sink the batch.
            catch (Exception exception) when (!IsStoreFailure(exception))
#pragma warning restore CA1031
            {
                return Fail(entry, ImportEntry.BugReason("storing", exception), exception, nowUtc);
            }
        }

        private ImportOutcome Fail(ImportEntry entry, string error, Exception? bug, DateTime nowUtc)
        {
            _transaction.Rollback(Savepoint);
            _transaction.Release(Savepoint);
            _photographerIds.Clear();
            _topicIds.Clear();
            _placeIds.Clear();
            _storySlugs.Clear();
            RecordFile(entry, IngestOutcome.Failed, error, null, nowUtc);
            return new ImportOutcome(entry.Source.Path, IngestOutcome.Failed, null, null, error) { Bug = bug };
        }

        // Busy, locked, I/O, corrupt and full-disk errors (and cancellation) are the store's problem, not the
        // article's: they end the batch, which rolls back whole and can be retried.
        private static bool IsStoreFailure(Exception exception) =>
            exception is OperationCanceledException
            || exception is SqliteException { SqliteErrorCode: 5 or 6 or 10 or 11 or 13 };

        public void Dispose()
        {
            foreach (var statement in _all)
            {
                statement.Dispose();
            }
        }

        private (IngestOutcome Outcome, int Id, string Slug) WriteArticle(ImportEntry entry, DateTime nowUtc)
        {
            var article = entry.Article!;
            var key = TextKeys.Key(article.Headline);
            var hash = ContentHash.Of(article, entry.Images);
            var existing = FindExisting(key, article.PublishedOn, entry.Source.Path, hash);
            if (existing is { } same && same.ContentHash == hash)
            {
                _touchArticle.Bind(nowUtc, same.Id).Execute();
                return (IngestOutcome.Unchanged, same.Id, same.Slug);
            }

            var paragraphs = System.Text.Json.JsonSerializer.Serialize(article.Paragraphs);
            var words = article.Paragraphs.Sum(CountWords);
            var fileName = Path.GetFileName(entry.Source.Path);
            if (existing is { } previous)
            {
                var sort = SortDate(article, previous.FirstIngestedUtc);
                _updateArticle.Bind(
                    article.Headline, key, article.Byline, article.Dateline?.Text, article.Dateline?.Agency,
                    article.ReadingTimeMinutes, article.ReadingTimeEstimated, article.PublishedOn, sort, paragraphs, words,
                    article.CanonicalUrl, article.SiteName, article.Language, fileName, entry.Source.Path, hash, nowUtc,
                    previous.Id).Execute();
                _deletePhotos.Bind(previous.Id).Execute();
                _deleteLists.Bind(previous.Id).Execute();
                _deleteTopics.Bind(previous.Id).Execute();
                _deletePlaces.Bind(previous.Id).Execute();
                _unlinkRenamed.Bind(previous.Id, key).Execute();
                WriteChildren(previous.Id, key, article, entry.Images);
                return (IngestOutcome.Updated, previous.Id, previous.Slug);
            }

            var slug = UniqueSlug(article);
            var id = (int)_insertArticle.Bind(
                slug, article.Headline, key, article.Byline, article.Dateline?.Text, article.Dateline?.Agency,
                article.ReadingTimeMinutes, article.ReadingTimeEstimated, article.PublishedOn, SortDate(article, nowUtc),
                paragraphs, words, article.CanonicalUrl, article.SiteName, article.Language, fileName, entry.Source.Path,
                hash, nowUtc).ScalarInt64()!.Value;
            WriteChildren(id, key, article, entry.Images);
            return (IngestOutcome.Ingested, id, slug);
        }

        private void WriteChildren(int id, string key, Ingestion.ParsedArticle article, IReadOnlyList<Media.StoredImage?> images)
        {
            if (key.Length > 0)
            {
                _linkWaitingTeasers.Bind(id, key).Execute();
            }

            for (var photoIndex = 0; photoIndex < article.Photos.Count; photoIndex++)
            {
                var photo = article.Photos[photoIndex];
                var image = photoIndex < images.Count ? images[photoIndex] : null;
                long? photographerId = null;
                if (!string.IsNullOrWhiteSpace(photo.Photographer))
                {
                    var name = photo.Photographer.Trim();
                    photographerId = IdOf(_photographerIds, _findPhotographer, _insertPhotographer, TextKeys.Slug(name, "photographer"), name);
                }

                _insertPhoto.Bind(
                    id, photo.Position, photo.Count, photo.Slug, photo.Caption, photo.Credit, photographerId,
                    photo.Agency, photo.TakenOn, photo.ImageSource, image?.FileName, image?.ContentType, image?.Width,
                    image?.Height).Execute();
            }

            for (var listIndex = 0; listIndex < article.RelatedLists.Count; listIndex++)
            {
                var list = article.RelatedLists[listIndex];
                var listId = _insertList.Bind(id, listIndex + 1, list.Heading).ScalarInt64()!.Value;
                for (var teaserIndex = 0; teaserIndex < list.Stories.Count; teaserIndex++)
                {
                    var teaser = list.Stories[teaserIndex];
                    var (titleKey, titleSlug) = KeyAndSlug(teaser.Title);
                    _insertTeaser.Bind(
                        listId, teaserIndex + 1, teaser.Title, teaser.Summary, titleKey, StorySlug(titleKey, titleSlug),
                        titleKey.Length > 0 ? titleKey : null, id).Execute();
                }
            }

            foreach (var (slug, name) in Topics(article))
            {
                _linkTopic.Bind(id, IdOf(_topicIds, _findTopic, _insertTopic, slug, name)).Execute();
            }

            foreach (var place in article.Dateline?.Places ?? [])
            {
                var name = TextKeys.DisplayName(place);
                if (name.Length > 0)
                {
                    _linkPlace.Bind(id, IdOf(_placeIds, _findPlace, _insertPlace, TextKeys.Slug(name, "place"), name)).Execute();
                }
            }
        }

        private static long IdOf(Dictionary<string, long> cache, PreparedStatement find, PreparedStatement insert, string slug, string name)
        {
            if (!cache.TryGetValue(slug, out var id))
            {
                id = find.Bind(slug).ScalarInt64() ?? insert.Bind(slug, name).ScalarInt64()!.Value;
                cache[slug] = id;
            }

            return id;
        }

        private (string Key, string Slug) KeyAndSlug(string title)
        {
            if (!_titleKeys.TryGetValue(title, out var folded))
            {
                folded = (TextKeys.Key(title), TextKeys.Slug(title, "story"));
                _titleKeys[title] = folded;
            }

            return folded;
        }

        private string StorySlug(string titleKey, string titleSlug)
        {
            if (!_storySlugs.TryGetValue(titleKey, out var slug))
            {
                using (var reader = _findStorySlug.Bind(titleKey).Read())
                {
                    slug = reader.Read() ? reader.GetString(0) : titleSlug;
                }

                _storySlugs[titleKey] = slug;
            }

            return slug;
        }

        private Existing? FindExisting(string key, DateOnly? publishedOn, string sourcePath, string hash)
        {
            // Same headline and date is the same story, wherever the file came from; a file at the same
            // path is a correction of what it held before; identical content is a copy.
            if (publishedOn is { } date && key.Length > 0 && ReadExisting(_findByHeadlineAndDate.Bind(key, date)) is { } byHeadline)
            {
                return byHeadline;
            }

            return ReadExisting(_findBySource.Bind(sourcePath)) ?? ReadExisting(_findByHash.Bind(hash));
        }

        private static Existing? ReadExisting(PreparedStatement statement)
        {
            using var reader = statement.Read();
            return reader.Read()
                ? new Existing(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetDateTime(3))
                : null;
        }

        private string UniqueSlug(Ingestion.ParsedArticle article)
        {
            var baseSlug = TextKeys.Slug(article.Headline, "article");
            if (!SlugTaken(baseSlug))
            {
                return baseSlug;
            }

            if (article.PublishedOn is { } date)
            {
                var dated = $"{baseSlug}-{date:yyyy-MM-dd}";
                if (!SlugTaken(dated))
                {
                    return dated;
                }

                baseSlug = dated;
            }

            for (var n = 2; ; n++)
            {
                var numbered = $"{baseSlug}-{n}";
                if (!SlugTaken(numbered))
                {
                    return numbered;
                }
            }
        }

        private bool SlugTaken(string slug) => _slugTaken.Bind(slug).ScalarInt64() == 1;

        private void RecordFile(ImportEntry entry, IngestOutcome outcome, string? error, int? articleId, DateTime nowUtc) =>
            _insertFile.Bind(
                entry.Source.Path, entry.Source.SizeBytes, entry.Source.FileHash, (int)outcome, error, articleId,
                entry.StartedUtc, nowUtc).Execute();

        private static DateTime SortDate(Ingestion.ParsedArticle article, DateTime fallbackUtc) =>
            article.PublishedOn is { } date ? date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : fallbackUtc;

        private static IEnumerable<(string Slug, string Name)> Topics(Ingestion.ParsedArticle article)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var photo in article.Photos)
            {
                if (string.IsNullOrWhiteSpace(photo.Slug))
                {
                    continue;
                }

                foreach (var word in photo.Slug.Split([' ', '/', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (word.Length < 2 || !word.Any(char.IsLetter) || TopicMarkers.Contains(word) || word.StartsWith("APTOPIX", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var slug = TextKeys.Slug(word, "topic");
                    if (seen.Add(slug))
                    {
                        yield return (slug, word);
                    }
                }
            }
        }

        // A word is a run of non-space characters with a letter or digit in it, so a lone dash is not one.
        private static int CountWords(string paragraph)
        {
            var count = 0;
            var inWord = false;
            var counted = false;
            foreach (var c in paragraph)
            {
                if (char.IsWhiteSpace(c))
                {
                    inWord = false;
                    continue;
                }

                if (!inWord)
                {
                    inWord = true;
                    counted = false;
                }

                if (!counted && char.IsLetterOrDigit(c))
                {
                    count++;
                    counted = true;
                }
            }

            return count;
        }

        private sealed record Existing(int Id, string Slug, string ContentHash, DateTime FirstIngestedUtc);
    }
}
