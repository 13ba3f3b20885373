using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsReader.Data;
using NewsReader.Data.Ingest;

namespace NewsReader.Benchmarks.Ingest;

/// <summary>
/// The rows the importer writes for one article, worked out in advance, and the ceiling: inserting them
/// with raw prepared commands in one transaction, with no lookups, no matching and no savepoints.
/// </summary>
internal sealed record RawArticleRows(ImportEntry Entry, string Slug, string Key, string Hash, string ParagraphsJson, int Words, IReadOnlyList<string?> TeaserSlugs)
{
    public static RawArticleRows From(ImportEntry entry)
    {
        var article = entry.Article!;
        return new RawArticleRows(
            entry,
            TextKeys.Slug(article.Headline, "article"),
            TextKeys.Key(article.Headline),
            entry.Source.FileHash,
            JsonSerializer.Serialize(article.Paragraphs),
            article.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length),
            article.RelatedLists.SelectMany(l => l.Stories).Select(t => TextKeys.Slug(t.Title, "story")).ToList());
    }

    public static void InsertAll(string databasePath, IReadOnlyList<RawArticleRows> rows)
    {
        using var connection = new SqliteConnection(NewsStoreServiceCollectionExtensions.BuildConnectionString(databasePath));
        connection.Open();
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            pragmas.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var article = Prepare(connection, transaction, """
            INSERT INTO Articles (Slug, Headline, HeadlineKey, Byline, DatelineText, DatelineAgency, ReadingTimeMinutes,
                ReadingTimeEstimated, PublishedOn, SortDateUtc, Paragraphs, WordCount, CanonicalUrl, SiteName, Language,
                SourceFileName, SourcePath, ContentHash, FirstIngestedUtc, LastIngestedUtc)
            VALUES (@slug, @headline, @key, @byline, @dateline, @agency, @minutes, @estimated, @date, @sort, @paragraphs,
                @words, @url, @site, @language, @fileName, @path, @hash, @now, @now)
            RETURNING Id
            """);
        using var photographer = Prepare(connection, transaction, "INSERT INTO Photographers (Slug, Name) VALUES (@slug, @name) RETURNING Id");
        using var photo = Prepare(connection, transaction, """
            INSERT INTO Photos (ArticleId, Position, StatedCount, SlugLine, Caption, Credit, PhotographerId, Agency, TakenOn, ImageSource)
            VALUES (@article, @position, @count, @slugLine, @caption, @credit, @photographer, @agency, @taken, @source)
            """);
        using var list = Prepare(connection, transaction, "INSERT INTO RelatedLists (ArticleId, Position, Heading) VALUES (@article, @position, @heading) RETURNING Id");
        using var teaser = Prepare(connection, transaction, """
            INSERT INTO Teasers (RelatedListId, Position, Title, Summary, TitleKey, StorySlug, TargetArticleId)
            VALUES (@list, @position, @title, @summary, @key, @storySlug, NULL)
            """);
        using var topic = Prepare(connection, transaction, "INSERT INTO Topics (Slug, Name) VALUES (@slug, @name) RETURNING Id");
        using var articleTopic = Prepare(connection, transaction, "INSERT INTO ArticleTopics (ArticleId, TopicId) VALUES (@article, @topic)");
        using var place = Prepare(connection, transaction, "INSERT INTO Places (Slug, Name) VALUES (@slug, @name) RETURNING Id");
        using var articlePlace = Prepare(connection, transaction, "INSERT INTO ArticlePlaces (ArticleId, PlaceId) VALUES (@article, @place)");
        using var file = Prepare(connection, transaction, """
            INSERT INTO IngestedFiles (Path, SizeBytes, FileHash, Outcome, Error, ArticleId, StartedUtc, FinishedUtc)
            VALUES (@path, @size, @hash, 0, NULL, @article, @now, @now)
            """);

        var photographers = new Dictionary<string, long>(StringComparer.Ordinal);
        var topics = new Dictionary<string, long>(StringComparer.Ordinal);
        var places = new Dictionary<string, long>(StringComparer.Ordinal);
        var now = rows.Count > 0 ? rows[0].Entry.StartedUtc : default;
        for (var n = 0; n < rows.Count; n++)
        {
            var row = rows[n];
            var a = row.Entry.Article!;
            var sort = a.PublishedOn is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : now;
            var articleId = (long)Run(article, $"{row.Slug}-{n}", a.Headline, row.Key, a.Byline, a.Dateline?.Text, a.Dateline?.Agency,
                a.ReadingTimeMinutes, a.ReadingTimeEstimated, a.PublishedOn, sort, row.ParagraphsJson, row.Words, a.CanonicalUrl,
                a.SiteName, a.Language, Path.GetFileName(row.Entry.Source.Path), row.Entry.Source.Path, row.Hash, now)!;
            foreach (var p in a.Photos)
            {
                long? photographerId = null;
                if (!string.IsNullOrWhiteSpace(p.Photographer))
                {
                    var slug = TextKeys.Slug(p.Photographer, "photographer");
                    if (!photographers.TryGetValue(slug, out var id))
                    {
                        id = (long)Run(photographer, slug, p.Photographer)!;
                        photographers[slug] = id;
                    }

                    photographerId = id;
                }

                Run(photo, articleId, p.Position, p.Count, p.Slug, p.Caption, p.Credit, photographerId, p.Agency, p.TakenOn, p.ImageSource);
            }

            var teaserIndex = 0;
            for (var l = 0; l < a.RelatedLists.Count; l++)
            {
                var listId = (long)Run(list, articleId, l + 1, a.RelatedLists[l].Heading)!;
                for (var t = 0; t < a.RelatedLists[l].Stories.Count; t++)
                {
                    var story = a.RelatedLists[l].Stories[t];
                    Run(teaser, listId, t + 1, story.Title, story.Summary, TextKeys.Key(story.Title), row.TeaserSlugs[teaserIndex++]);
                }
            }

            foreach (var word in a.Photos.Select(p => p.Slug).OfType<string>().SelectMany(s => s.Split(' ')).Where(w => w != "APTOPIX").Distinct())
            {
                var slug = TextKeys.Slug(word, "topic");
                if (!topics.TryGetValue(slug, out var id))
                {
                    id = (long)Run(topic, slug, word)!;
                    topics[slug] = id;
                }

                Run(articleTopic, articleId, id);
            }

            foreach (var name in a.Dateline?.Places ?? [])
            {
                var slug = TextKeys.Slug(name, "place");
                if (!places.TryGetValue(slug, out var id))
                {
                    id = (long)Run(place, slug, name)!;
                    places[slug] = id;
                }

                Run(articlePlace, articleId, id);
            }

            Run(file, row.Entry.Source.Path, row.Entry.Source.SizeBytes, row.Entry.Source.FileHash, articleId, now);
        }

        transaction.Commit();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, "@[A-Za-z]+").Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    private static object? Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteScalar();
    }
}
