using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>What the parser decided a line of a dump is.</summary>
internal enum LineRole
{
    Unassigned,
    Headline,
    Byline,
    Photo,
    Promo,
    DuplicateCaption,
    ReadingTime,
    RelatedHeading,
    Teaser,
    Body,
    Noise,
}

/// <summary>One line of a dump with text in it: whitespace collapsed, bullet and indent recorded.</summary>
internal sealed class DumpLine(int number, string text, int indent, bool bulleted, int words)
{
    private long? _foldedKey;

    public int Number { get; } = number;

    public string Text { get; } = text;

    public int Indent { get; } = indent;

    public bool Bulleted { get; } = bulleted;

    public int Words { get; } = words;

    public LineRole Role { get; set; } = LineRole.Unassigned;

    public bool IsFree => Role == LineRole.Unassigned;

    /// <summary>The hash of the line's folded text (<see cref="HeadlineKeys.Hash"/>), worked out once: repeats are counted in several passes.</summary>
    public long FoldedKey => _foldedKey ??= HeadlineKeys.Hash(Text);

    /// <summary>Whether the headline finder's rules rule the line out as a headline, once asked.</summary>
    public bool? RejectedAsHeadline { get; set; }

    /// <summary>The body locator's score of the line's text and shape, worked out once: several passes ask for it.</summary>
    public int? ShapeScore { get; set; }

    /// <summary>Ends like a sentence: prose rather than a menu item or a heading.</summary>
    public bool EndsLikeSentence => Text.Length > 0 && Text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '…' or ':' or ';' or '。' or '！' or '？' or '」' or '）';

    public override string ToString() => $"{Number}: {Text}";
}
