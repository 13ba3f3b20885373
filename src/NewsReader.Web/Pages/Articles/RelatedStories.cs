using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Articles;

/// <summary>
/// Other stories that share this one's topics, places or distinctive words (from headlines and lead
/// paragraphs, in the ArticleWords full-text index). Each shared feature scores by its rarity, so two
/// stories that both name a glacier outrank two that merely share a busy dateline.
/// </summary>
/// <remarks>
/// The cost is bounded whatever the store's size: each feature contributes at most
/// <see cref="CandidatesPerFeature"/> of its most recently stored articles (an index range read
/// backwards), and words too common to tell stories apart are not looked up at all.
/// </remarks>
internal static class RelatedStories
{
    internal const int Count = 5;
    internal const int CandidatesPerFeature = 40;

    // A word in more than a tenth of a store of any size says little about what a story is about.
    private const int CommonWordFloor = 10;
    private const int CommonWordShare = 10;

    private const string FeaturesSql = """
        SELECT 0, j.TopicId, (SELECT COUNT(*) FROM ArticleTopics x WHERE x.TopicId = j.TopicId) FROM ArticleTopics j WHERE j.ArticleId = $id
        UNION ALL
        SELECT 1, j.PlaceId, (SELECT COUNT(*) FROM ArticlePlaces x WHERE x.PlaceId = j.PlaceId) FROM ArticlePlaces j WHERE j.ArticleId = $id
        UNION ALL
        SELECT 3, 0, (SELECT MAX(Id) FROM Articles)
        """;

    // Only for words whose counts are not kept (WordDocumentCounts): the vocabulary lookup is the slow part.
    private const string FeaturesWithWordsSql = FeaturesSql + """

        UNION ALL
        SELECT 2, v.term, v.doc FROM ArticleWordsVocab v WHERE v.term IN (SELECT value FROM json_each($words))
        """;

    public static async Task<IReadOnlyList<ArticleCard>> LoadAsync(NewsDbContext db, ArticleView article, WordDocumentCounts wordCounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wordCounts);
        var words = SignificantWords.Of(article.Headline, article.Paragraphs.Count > 0 ? article.Paragraphs[0] : null);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        List<int> ranked;
        try
        {
            var features = await ReadFeaturesAsync(connection, article.Id, words, wordCounts.Current, cancellationToken);
            ranked = await RankAsync(connection, article.Id, features, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        if (ranked.Count == 0)
        {
            return [];
        }

        var cards = await db.Articles.AsNoTracking().Where(a => ranked.Contains(a.Id)).ToCardsAsync(db, cancellationToken);
        return [.. cards.OrderBy(c => ranked.IndexOf(c.Id))];
    }

    private static async Task<List<Feature>> ReadFeaturesAsync(
        DbConnection connection, int articleId, IReadOnlyList<string> words, ConcurrentDictionary<string, long> wordCounts, CancellationToken cancellationToken)
    {
        var rows = new List<(int Kind, object Key, long Documents)>();
        var unknown = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (wordCounts.TryGetValue(word, out var documents))
            {
                rows.Add(((int)FeatureKind.Word, word, documents));
            }
            else
            {
                unknown.Add(word);
            }
        }

        await using var command = connection.CreateCommand();
        command.CommandText = unknown.Count > 0 ? FeaturesWithWordsSql : FeaturesSql;
        AddParameter(command, "$id", articleId);
        if (unknown.Count > 0)
        {
            AddParameter(command, "$words", JsonSerializer.Serialize(unknown));
        }

        var read = new Dictionary<string, long>(StringComparer.Ordinal);
        long stored = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = reader.GetInt32(0);
                if (kind == 3)
                {
                    stored = reader.IsDBNull(2) ? 0 : reader.GetInt64(2);
                }
                else
                {
                    rows.Add((kind, reader.GetValue(1), reader.GetInt64(2)));
                    if (kind == (int)FeatureKind.Word)
                    {
                        read[reader.GetString(1)] = reader.GetInt64(2);
                    }
                }
            }
        }

        // A word the vocabulary has no row for is in no stored story: kept as 0 like the others.
        foreach (var word in unknown)
        {
            WordDocumentCounts.Remember(wordCounts, word, read.GetValueOrDefault(word));
        }

        var features = new List<Feature>();
        foreach (var (kind, key, documents) in rows)
        {
            var tooCommon = kind == 2 && documents > CommonWordFloor && documents * CommonWordShare > stored;
            if (documents >= 2 && !tooCommon)
            {
                // Rarer features weigh more: inverse document frequency over the store.
                features.Add(new Feature((FeatureKind)kind, key, Math.Log((stored + 1.0) / documents)));
            }
        }

        return features;
    }

    private static async Task<List<int>> RankAsync(DbConnection connection, int articleId, IReadOnlyList<Feature> features, CancellationToken cancellationToken)
    {
        if (features.Count == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = CandidatesSql([.. features.Select(f => f.Kind)]);
        for (var i = 0; i < features.Count; i++)
        {
            AddParameter(command, $"$w{i}", features[i].Weight);

            // Quoted, a word is one term to FTS5 whatever it spells; words hold only letters and digits.
            AddParameter(command, $"$k{i}", features[i].Kind == FeatureKind.Word ? $"\"{features[i].Key}\"" : features[i].Key);
        }

        AddParameter(command, "$id", articleId);
        AddParameter(command, "$per", CandidatesPerFeature);
        AddParameter(command, "$count", Count);

        var ids = new List<int>(Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    /// <summary>
    /// One statement for every feature: each reads at most $per candidates, newest stored first, through
    /// an index (or FTS5's doclist) in reverse, and the union is scored by the sum of its features' weights.
    /// Parameters: $id, $per, $count, and $k{i} (key) and $w{i} (weight) for feature i.
    /// </summary>
    internal static string CandidatesSql(IReadOnlyList<FeatureKind> kinds)
    {
        var sql = new StringBuilder("SELECT c.Id FROM (");
        for (var i = 0; i < kinds.Count; i++)
        {
            if (i > 0)
            {
                sql.Append(" UNION ALL ");
            }

            sql.Append(CultureInfo.InvariantCulture, $"SELECT Id, $w{i} AS Weight FROM (").Append(kinds[i] switch
            {
                FeatureKind.Topic => $"SELECT ArticleId AS Id FROM ArticleTopics WHERE TopicId = $k{i} AND ArticleId <> $id ORDER BY ArticleId DESC",
                FeatureKind.Place => $"SELECT ArticleId AS Id FROM ArticlePlaces WHERE PlaceId = $k{i} AND ArticleId <> $id ORDER BY ArticleId DESC",
                _ => $"SELECT rowid AS Id FROM ArticleWords WHERE ArticleWords MATCH $k{i} AND rowid <> $id ORDER BY rowid DESC",
            }).Append(" LIMIT $per)");
        }

        return sql.Append("""
            ) AS c
            JOIN Articles AS a ON a.Id = c.Id
            GROUP BY c.Id
            ORDER BY SUM(c.Weight) DESC, a.SortDateUtc DESC, c.Id DESC
            LIMIT $count
            """).ToString();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    internal enum FeatureKind
    {
        Topic = 0,
        Place = 1,
        Word = 2,
    }

    private sealed record Feature(FeatureKind Kind, object Key, double Weight);
}

/// <summary>
/// The words of a headline and lead paragraph that could tell a story apart, folded as the ArticleWords
/// index folds them (lower case, no diacritics, split at anything but a letter or digit).
/// </summary>
internal static class SignificantWords
{
    internal const int Max = 12;

    // Function words and wire furniture: frequent in any store, whatever its size.
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "about", "after", "again", "against", "all", "also", "and", "any", "are", "around", "because", "been", "before",
        "being", "between", "both", "but", "can", "could", "did", "does", "down", "during", "each", "few", "for", "from",
        "had", "has", "have", "her", "here", "hers", "him", "his", "how", "into", "its", "just", "last", "may", "more",
        "most", "new", "not", "now", "off", "once", "one", "only", "other", "our", "out", "over", "own", "said", "same",
        "says", "she", "should", "since", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "three", "through", "two", "under", "until", "very", "was", "week", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year", "years", "you", "your",
    };

    public static IReadOnlyList<string> Of(string headline, string? lead)
    {
        var words = new List<string>(Max);
        Add(words, headline);
        if (lead is not null)
        {
            Add(words, lead);
        }

        return words;
    }

    private static void Add(List<string> words, string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length && words.Count < Max; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = Fold(text.AsSpan(start, i - start));
                if (word.Length >= 3 && !Stop.Contains(word) && word.Any(char.IsLetter) && !words.Contains(word))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }
    }

    private static string Fold(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
