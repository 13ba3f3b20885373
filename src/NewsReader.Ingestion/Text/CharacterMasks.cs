using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// What each character of a dump is, as bit masks of 64 characters each, made in one vectorised sweep over the whole
/// text: where lines end, where words start, and the characters the split and <see cref="LineMarks"/> ask about. A
/// line's words, plainness and marks are then a few masked bit counts over its range, so the split reads the text once
/// in blocks rather than starting a block loop for each of a page's many short lines.
/// </summary>
internal sealed class CharacterMasks : IDisposable
{
    // The kinds of a 64-character chunk sit side by side: a line's query reads one cache line per chunk.
    private const int Kinds = 8;
    private const int LineEnd = 0;
    private const int WordStart = 1;
    private const int Ideograph = 2;
    private const int Wide = 3;
    private const int Digit = 4;
    private const int LessThan = 5;
    private const int Unplain = 6;

    // The spaces, while the chunk is swept (two in a row need folding).
    private const int Space = 7;

    // Masks for texts of up to a million characters come from the pool.
    private const int MaxPooledLength = 1 << 17;

    private ulong[] _masks;
    private readonly int _chunks;
    private int _endChunk = -1;
    private ulong _endBits;

    private CharacterMasks(ulong[] masks, int chunks)
    {
        _masks = masks;
        _chunks = chunks;
    }

    /// <summary>The line ends the text holds ('\r' and '\n' each: a list sized from it may be twice what a "\r\n" text needs).</summary>
    public int LineEnds { get; private set; }

    /// <summary>Which vectors the sweep may use: the widest the machine has, unless a spec asks for each path in turn.</summary>
    internal enum Vectors
    {
        None,
        Narrow,
        Widest,
    }

    /// <summary>Sweeps the text. Dispose the result to return its buffer to the pool.</summary>
    public static CharacterMasks Of(ReadOnlySpan<char> text, Vectors vectors = Vectors.Widest)
    {
        // A byte of masks per character: a buffer for a page comes from the pool, one for a text of many megabytes is
        // left to the collector rather than kept in the pool for the next page.
        var chunks = (text.Length + 63) >> 6;
        var length = Math.Max(1, chunks) * Kinds;
        var buffer = length <= MaxPooledLength ? ArrayPool<ulong>.Shared.Rent(length) : GC.AllocateUninitializedArray<ulong>(length);
        var masks = new CharacterMasks(buffer, chunks);
        masks.Sweep(text, vectors);
        return masks;
    }

    public void Dispose()
    {
        if (_masks.Length is > 0 and <= MaxPooledLength)
        {
            ArrayPool<ulong>.Shared.Return(_masks);
        }

        _masks = [];
    }

    /// <summary>
    /// The next line end after the one this last returned (the first at first), or -1 when there is none: the split
    /// reads them in order, each once, one set bit of the chunk at hand at a time.
    /// </summary>
    public int NextLineEnd()
    {
        while (_endBits == 0)
        {
            if (_endChunk + 1 >= _chunks)
            {
                return -1;
            }

            _endBits = _masks[(++_endChunk * Kinds) + LineEnd];
        }

        var at = (_endChunk << 6) + BitOperations.TrailingZeroCount(_endBits);
        _endBits &= _endBits - 1;
        return at;
    }

    /// <summary>
    /// The words of the text's <paramref name="length"/> characters from <paramref name="start"/> (runs of letters or
    /// digits; ideographs, whose scripts are written without spaces, a word per two, so a Chinese paragraph does not
    /// look like a one-word menu item) when they need no whitespace folding (no double space, no other whitespace or control
    /// character, nothing the fold drops), else -1; and the <paramref name="marks"/> they hold (complete only when
    /// plain). The range must be a trimmed line's text, as the split reads it: the character before
    /// <paramref name="start"/> is a line end, an indent or a bullet, never a letter or digit (a word running into the
    /// range would not count), and the range opens with no space (one after a space would read as a double space).
    /// </summary>
    public int PlainWords(int start, int length, out LineMarks marks)
    {
        marks = LineMarks.None;
        if (length == 0)
        {
            return 0;
        }

        var end = start + length - 1;
        var first = start >> 6;
        var last = end >> 6;
        var unplain = 0UL;
        var wide = 0UL;
        var digit = 0UL;
        var lessThan = 0UL;
        var words = 0;
        var ideographs = 0;
        ref var masks = ref MemoryMarshal.GetArrayDataReference(_masks);
        for (var chunk = first; chunk <= last; chunk++)
        {
            var inRange = ulong.MaxValue;
            if (chunk == first)
            {
                inRange <<= start & 63;
            }

            if (chunk == last)
            {
                inRange &= ulong.MaxValue >> (63 - (end & 63));
            }

            ref var kinds = ref Unsafe.Add(ref masks, chunk * Kinds);
            unplain |= Unsafe.Add(ref kinds, Unplain) & inRange;
            wide |= Unsafe.Add(ref kinds, Wide) & inRange;
            digit |= Unsafe.Add(ref kinds, Digit) & inRange;
            lessThan |= Unsafe.Add(ref kinds, LessThan) & inRange;
            words += BitOperations.PopCount(Unsafe.Add(ref kinds, WordStart) & inRange);
            ideographs += BitOperations.PopCount(Unsafe.Add(ref kinds, Ideograph) & inRange);
        }

        if (unplain != 0)
        {
            return -1;
        }

        marks = (digit != 0 ? LineMarks.AsciiDigit : 0) | (lessThan != 0 ? LineMarks.LessThan : 0) | (wide != 0 ? LineMarks.Wide : 0);
        return words + (ideographs / 2);
    }

    // Each block of sixteen characters writes its lanes into its quarter of the chunk's masks (the word and space
    // lanes first); a finished chunk then turns them into word starts and folding spots, with the chunk before it.
    private void Sweep(ReadOnlySpan<char> text, Vectors vectors)
    {
        _masks.AsSpan(0, Math.Max(1, _chunks) * Kinds).Clear();
        var i = 0;
        if (vectors == Vectors.Widest && Vector512.IsHardwareAccelerated)
        {
            for (; i + 64 <= text.Length; i += 64)
            {
                SweepChunk(text.Slice(i, 64), _masks.AsSpan((i >> 6) * Kinds, Kinds));
            }
        }

        if (vectors != Vectors.None && Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= text.Length; i += 16)
            {
                SweepBlock(text.Slice(i, 16), ref Quarter(i));
            }
        }

        for (; i < text.Length; i++)
        {
            SweepCharacter(text[i], ref Quarter(i), 1 << (i & 15));
        }

        var carryWord = 0UL;
        var carrySpace = 0UL;
        var lineEnds = 0;
        for (var chunk = 0; chunk < _chunks; chunk++)
        {
            var kinds = _masks.AsSpan(chunk * Kinds, Kinds);
            var word = kinds[WordStart];
            var space = kinds[Space];
            kinds[WordStart] = word & ~((word << 1) | carryWord);
            kinds[Unplain] |= space & ((space << 1) | carrySpace);
            carryWord = word >> 63;
            carrySpace = space >> 63;
            lineEnds += BitOperations.PopCount(kinds[LineEnd]);
        }

        LineEnds = lineEnds;
    }

    // A whole chunk at once where the machine has 64-byte vectors: the same tests as SweepBlock's.
    private static void SweepChunk(ReadOnlySpan<char> chunk, Span<ulong> kinds)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chunk));
        var low = Vector512.LoadUnsafe(ref start);
        var high = Vector512.LoadUnsafe(ref start, 32);
        var top = Vector512.Create((ushort)0x7F);
        var wide = Vector512.GreaterThan(low, top).ExtractMostSignificantBits() | (Vector512.GreaterThan(high, top).ExtractMostSignificantBits() << 32);
        var ascii = ~wide;
        var bytes = Vector512.Narrow(low, high);
        var digit = Vector512.LessThan(bytes - Vector512.Create((byte)'0'), Vector512.Create((byte)10)).ExtractMostSignificantBits() & ascii;
        var letter = Vector512.LessThan((bytes | Vector512.Create((byte)0x20)) - Vector512.Create((byte)'a'), Vector512.Create((byte)26))
            .ExtractMostSignificantBits() & ascii;
        var word = digit | letter;
        var unplain = (Vector512.LessThan(bytes, Vector512.Create((byte)' ')) | Vector512.Equals(bytes, Vector512.Create((byte)0x7F)))
            .ExtractMostSignificantBits() & ascii;
        if (wide != 0)
        {
            for (var block = 0; block < 4; block++)
            {
                var lanes = (uint)(wide >> (block * 16)) & 0xFFFF;
                if (lanes == 0)
                {
                    continue;
                }

                var blockText = chunk.Slice(block * 16, 16);
                ref var blockStart = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(blockText));
                var blockWord = 0u;
                var blockUnplain = 0u;
                var ideograph = WideLanes(Vector128.LoadUnsafe(ref blockStart), Vector128.LoadUnsafe(ref blockStart, 8), lanes,
                    ref blockWord, ref blockUnplain, blockText);
                word |= (ulong)blockWord << (block * 16);
                unplain |= (ulong)blockUnplain << (block * 16);
                kinds[Ideograph] |= (ulong)ideograph << (block * 16);
            }

            kinds[Wide] = wide;
        }

        kinds[LineEnd] = (Vector512.Equals(bytes, Vector512.Create((byte)'\n')) | Vector512.Equals(bytes, Vector512.Create((byte)'\r')))
            .ExtractMostSignificantBits() & ascii;
        kinds[WordStart] = word;
        kinds[Space] = Vector512.Equals(bytes, Vector512.Create((byte)' ')).ExtractMostSignificantBits() & ascii;
        kinds[Digit] = digit;
        kinds[LessThan] = Vector512.Equals(bytes, Vector512.Create((byte)'<')).ExtractMostSignificantBits() & ascii;
        kinds[Unplain] = unplain;
    }

    // The first kind's quarter of the chunk holding character i; the other kinds' quarters follow four apart.
    private ref ushort Quarter(int i) =>
        ref Unsafe.Add(ref Unsafe.As<ulong, ushort>(ref _masks[(i >> 6) * Kinds]), (i >> 4) & 3);

    private static void Set(ref ushort quarter, int kind, uint lanes) =>
        Unsafe.Add(ref quarter, kind * 4) = (ushort)lanes;

    private static void SweepBlock(ReadOnlySpan<char> block, ref ushort quarter)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(block));
        var low = Vector128.LoadUnsafe(ref start);
        var high = Vector128.LoadUnsafe(ref start, 8);
        var wide = WideLanes(low, high);

        // A wide lane narrows to its low byte, which may read as anything: only the ASCII lanes are tested.
        var ascii = ~wide & 0xFFFFu;
        var bytes = Vector128.Narrow(low, high);
        var digit = AsciiDigitLanes(bytes) & ascii;
        var word = digit | (AsciiLetterLanes(bytes) & ascii);
        var unplain = (Vector128.LessThan(bytes, Vector128.Create((byte)' ')) | Vector128.Equals(bytes, Vector128.Create((byte)0x7F)))
            .ExtractMostSignificantBits() & ascii;
        if (wide != 0)
        {
            var ideograph = WideLanes(low, high, wide, ref word, ref unplain, block);
            Set(ref quarter, Ideograph, ideograph);
            Set(ref quarter, Wide, wide);
        }

        Set(ref quarter, LineEnd, (Vector128.Equals(bytes, Vector128.Create((byte)'\n')) | Vector128.Equals(bytes, Vector128.Create((byte)'\r')))
            .ExtractMostSignificantBits() & ascii);
        Set(ref quarter, WordStart, word);
        Set(ref quarter, Space, Vector128.Equals(bytes, Vector128.Create((byte)' ')).ExtractMostSignificantBits() & ascii);
        Set(ref quarter, Digit, digit);
        Set(ref quarter, LessThan, Vector128.Equals(bytes, Vector128.Create((byte)'<')).ExtractMostSignificantBits() & ascii);
        Set(ref quarter, Unplain, unplain);
    }

    /// <summary>The lanes of a block of sixteen characters (loaded as two halves) that hold a character outside ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint WideLanes(Vector128<ushort> low, Vector128<ushort> high) =>
        Vector128.GreaterThan(low, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits()
        | (Vector128.GreaterThan(high, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits() << 8);

    /// <summary>The lanes of a narrowed block that hold an ASCII digit (wider characters narrow to their low byte: mask those lanes off).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiDigitLanes(Vector128<byte> bytes) =>
        Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10)).ExtractMostSignificantBits();

    /// <summary>The lanes of a narrowed block that hold an ASCII letter (wider characters narrow to their low byte: mask those lanes off).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiLetterLanes(Vector128<byte> bytes) =>
        Vector128.LessThan((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26)).ExtractMostSignificantBits();

    // The wide lanes by range, eight at a time: ideographs, the punctuation of a paragraph (curly quotes, dashes), the
    // symbols a text browser draws tables and bullets with, the letters of Latin scripts, and what the fold changes
    // (DumpLines.IsUnplain's set, spelled out again as vector tests; the per-character specs hold the two together).
    // The rest (another script's letters, fullwidth punctuation) one by one. Returns the ideograph lanes.
    private static uint WideLanes(Vector128<ushort> low, Vector128<ushort> high, uint wide, ref uint word, ref uint unplain, ReadOnlySpan<char> block)
    {
        var lowKinds = WideKinds(low);
        var highKinds = WideKinds(high);
        var ideograph = Lanes(lowKinds.Ideograph, highKinds.Ideograph);
        var latin = Lanes(lowKinds.Latin, highKinds.Latin);
        var folded = Lanes(lowKinds.Folded, highKinds.Folded);
        var settled = ideograph | latin | folded | Lanes(lowKinds.Punctuation, highKinds.Punctuation);
        word |= latin;
        unplain |= folded;
        for (var lanes = wide & ~settled; lanes != 0; lanes &= lanes - 1)
        {
            var lane = BitOperations.TrailingZeroCount(lanes);
            word |= char.IsLetterOrDigit(block[lane]) ? 1u << lane : 0;
        }

        return ideograph;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector128<ushort> Ideograph, Vector128<ushort> Latin, Vector128<ushort> Folded, Vector128<ushort> Punctuation) WideKinds(Vector128<ushort> v) => (
        InRange(v, '\u3040', '\u9fff'),
        InRange(v, '\u00C0', '\u024F') & ~Vector128.Equals(v, Vector128.Create((ushort)'\u00D7')) & ~Vector128.Equals(v, Vector128.Create((ushort)'\u00F7')),
        InRange(v, '\u0080', '\u00A0') | InRange(v, '\u2000', '\u200D')
            | Vector128.Equals(v, Vector128.Create((ushort)'\u00AD')) | Vector128.Equals(v, Vector128.Create((ushort)'\u2028'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u2029')) | Vector128.Equals(v, Vector128.Create((ushort)'\u202F'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u205F')) | Vector128.Equals(v, Vector128.Create((ushort)'\u3000'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\uFEFF')) | Vector128.Equals(v, Vector128.Create((ushort)'\u1680')),
        InRange(v, '\u200E', '\u206F') | InRange(v, '\u2190', '\u2BFF'));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Lanes(Vector128<ushort> low, Vector128<ushort> high) =>
        low.ExtractMostSignificantBits() | (high.ExtractMostSignificantBits() << 8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> InRange(Vector128<ushort> v, char first, char last) =>
        Vector128.LessThanOrEqual(v - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));

    // A character of the text's last, short block, as the blocks read it.
    private static void SweepCharacter(char c, ref ushort quarter, int bit)
    {
        var lanes = (uint)bit;
        if (c > '\u007F')
        {
            var word = 0u;
            var ideograph = 0u;
            var unplain = 0u;
            ClassifyWide(c, lanes, ref word, ref ideograph, ref unplain);
            Or(ref quarter, Wide, lanes);
            Or(ref quarter, WordStart, word);
            Or(ref quarter, Ideograph, ideograph);
            Or(ref quarter, Unplain, unplain);
            return;
        }

        Or(ref quarter, LineEnd, c is '\n' or '\r' ? lanes : 0);
        Or(ref quarter, Unplain, c < ' ' || c == '\u007F' ? lanes : 0);
        Or(ref quarter, Space, c == ' ' ? lanes : 0);
        Or(ref quarter, Digit, char.IsAsciiDigit(c) ? lanes : 0);
        Or(ref quarter, WordStart, char.IsAsciiLetterOrDigit(c) ? lanes : 0);
        Or(ref quarter, LessThan, c == '<' ? lanes : 0);
    }

    private static void Or(ref ushort quarter, int kind, uint lanes) =>
        Unsafe.Add(ref quarter, kind * 4) |= (ushort)lanes;

    // A character outside ASCII, one at a time: ideographs are counted apart and end a word; other letters
    // and digits are word characters. What the fold changes is unplain.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClassifyWide(char c, uint bit, ref uint word, ref uint ideograph, ref uint unplain)
    {
        if (c is >= '\u3040' and <= '\u9fff')
        {
            ideograph |= bit;
        }
        else if (DumpLines.IsUnplain(c))
        {
            unplain |= bit;
        }
        else if (char.IsLetterOrDigit(c))
        {
            word |= bit;
        }
    }
}
