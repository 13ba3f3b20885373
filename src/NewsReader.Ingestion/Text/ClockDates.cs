namespace NewsReader.Ingestion.Text;

/// <summary>
/// Recognises the date-and-time lines of pages in any language (<c>08.04.2015 12:46</c>, <c>21.dez.2018 às 12h55</c>,
/// <c>30 avril 2015 à 07:19</c>, <c>3/9(木) 18:45配信</c>) by their numbers rather than their month names: a clock
/// time beside a year or a numeric day and month.
/// </summary>
internal static class ClockDates
{
    private const int MaxLength = 120;

    public static bool HasDatedTime(string text) =>
        text.Length <= MaxLength && HasClockTime(text) && (HasYear(text) || HasNumericDayAndMonth(text));

    // 12:46 or 12h55; not a score such as 3:2, whose second number has one digit.
    private static bool HasClockTime(string text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] is not (':' or 'h') || !char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]))
            {
                continue;
            }

            var hourStart = i - 1 > 0 && char.IsAsciiDigit(text[i - 2]) ? i - 2 : i - 1;
            var hour = int.Parse(text.AsSpan(hourStart, i - hourStart), System.Globalization.CultureInfo.InvariantCulture);
            var minute = ((text[i + 1] - '0') * 10) + (text[i + 2] - '0');
            var endsClean = i + 3 >= text.Length || !char.IsAsciiDigit(text[i + 3]);
            var startsClean = hourStart == 0 || !char.IsAsciiDigit(text[hourStart - 1]);
            if (hour <= 23 && minute <= 59 && endsClean && startsClean)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0'))
            {
                var clean = (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]));
                if (clean && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 3/9 or 08.04.
    private static bool HasNumericDayAndMonth(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '/' or '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
