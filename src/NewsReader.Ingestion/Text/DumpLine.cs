using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>What the parser decided a line of a dump is.</summary>
internal enum LineRole : byte
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

/// <summary>
/// One line of a dump with text in it: whitespace collapsed, bullet and indent recorded. Most lines need no folding
/// and are a view of the dump's text; their string is made only when a rule asks for it, since most of a page (its
/// menus and footers) is settled by checks on the characters alone.
/// </summary>
internal sealed class DumpLine
{
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;
    private string? _text;
    private long _foldedKey;
    private int _shapeScore = NotScored;
    private bool _hasFoldedKey;
    private sbyte _rejectedAsHeadline;
    private long _keyEnds = KeyEndsUnread;

    // Every line of a page is an object that lives through the parse: its fields are kept small (no nullable
    // wrappers) so a page's lines take less memory to allocate and to carry through a collection.
    private const int NotScored = int.MinValue;

    // No ends read from a line are this: its second key character would be U+0000, which is no letter or digit.
    private const long KeyEndsUnread = long.MinValue;

    /// <summary>A line whose text is <paramref name="length"/> characters of <paramref name="source"/> as they are.</summary>
    public DumpLine(int number, string source, int start, int length, int indent, bool bulleted, int words, LineMarks marks)
    {
        Marks = marks;
        Number = number;
        _source = source;
        _start = start;
        _length = length;
        Indent = indent;
        Bulleted = bulleted;
        Words = words;
    }

    /// <summary>A line whose text was folded into a string of its own.</summary>
    public DumpLine(int number, string text, int indent, bool bulleted, int words, LineMarks marks)
        : this(number, text, 0, text.Length, indent, bulleted, words, marks)
    {
        _text = text;
        IsView = false;
    }

    public int Number { get; }

    /// <summary>Whether the line is a view of the dump's text (<see cref="Start"/> is where it begins there) rather than folded into a string of its own.</summary>
    public bool IsView { get; } = true;

    /// <summary>Where a view line's text begins in the dump.</summary>
    public int Start => _start;

    /// <summary>
    /// False only when a search over the whole dump found no boilerplate phrase in the line
    /// (<see cref="PageFurniture.IsBoilerplateProse"/>); true when there may be one, and for a line not searched.
    /// </summary>
    public bool MayHoldBoilerplate { get; set; } = true;

    public ReadOnlySpan<char> Span => _text is { } text ? text : _source.AsSpan(_start, _length);

    public string Text => _text ??= _source.Substring(_start, _length);

    public int Length => _length;

    public int Indent { get; }

    public bool Bulleted { get; }

    public int Words { get; }

    /// <summary>Characters the line holds that some rules need (<see cref="LineMarks"/>).</summary>
    public LineMarks Marks { get; }

    public bool HasAsciiDigit => (Marks & LineMarks.AsciiDigit) != 0;

    /// <summary>An ASCII digit, or a character outside ASCII that may be another script's digit.</summary>
    public bool MayHoldDigit => (Marks & (LineMarks.AsciiDigit | LineMarks.Wide)) != 0;

    /// <summary>The ends of the line's folded key (<see cref="FoldedEnds"/>), read once when first asked: the passes
    /// that look for repeats across a whole page compare these before touching the text, and only ask for lines of a
    /// few words or more.</summary>
    public long KeyEnds => _keyEnds != KeyEndsUnread ? _keyEnds : _keyEnds = FoldedEnds.Of(Span);

    public LineRole Role { get; set; } = LineRole.Unassigned;

    public bool IsFree => Role == LineRole.Unassigned;

    /// <summary>The hash of the line's folded text (<see cref="HeadlineKeys.Hash"/>), worked out once: repeats are counted in several passes.</summary>
    public long FoldedKey
    {
        get
        {
            if (!_hasFoldedKey)
            {
                _foldedKey = HeadlineKeys.Hash(Span);
                _hasFoldedKey = true;
            }

            return _foldedKey;
        }
    }

    /// <summary>Whether the headline finder's rules rule the line out as a headline, once asked.</summary>
    public bool? RejectedAsHeadline
    {
        get => _rejectedAsHeadline == 0 ? null : _rejectedAsHeadline > 0;
        set => _rejectedAsHeadline = value switch { null => 0, true => 1, false => -1 };
    }

    /// <summary>The body locator's score of the line's text and shape, worked out once: several passes ask for it.</summary>
    public int? ShapeScore
    {
        get => _shapeScore == NotScored ? null : _shapeScore;
        set => _shapeScore = value ?? NotScored;
    }

    public char First => Span[0];

    public char Last => Span[^1];

    /// <summary>Ends like a sentence: prose rather than a menu item or a heading.</summary>
    public bool EndsLikeSentence => Last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '…' or ':' or ';' or '。' or '！' or '？' or '」' or '）';

    public override string ToString() => $"{Number}: {Text}";
}
