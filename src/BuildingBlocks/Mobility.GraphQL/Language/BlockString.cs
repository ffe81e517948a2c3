using System.Text;

namespace Mobility.GraphQL.Language;

/// <summary>Block string helpers: the spec's BlockStringValue() dedent and graphql-js-compatible printing.</summary>
internal static class BlockString
{
    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r"];

    /// <summary>§2.9.4 BlockStringValue(rawValue): remove common indentation and blank leading/trailing lines.</summary>
    public static string Dedent(string raw)
    {
        var lines = raw.Split(LineBreaks, StringSplitOptions.None);
        var commonIndent = int.MaxValue;
        int first = -1, last = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent == lines[i].Length)
            {
                continue;
            }

            first = first < 0 ? i : first;
            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (first < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                result.Append('\n');
            }

            var line = lines[i];
            result.Append(i == 0 || commonIndent == int.MaxValue ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result.ToString();
    }

    /// <summary>Whether a value survives a round trip through block-string syntax unchanged.</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case < ' ' and not '\t' and not '\n':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>Prints a value as a block string, choosing single- or multi-line form the way graphql-js does.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(LineBreaks, StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || l[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var multipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        var result = new StringBuilder("\"\"\"");
        if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (multipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
