using System.Globalization;
using System.Text;

namespace Mobility.GraphQL.Language;

/// <summary>§2.1 Source text to tokens, on demand, with one token of lookahead.</summary>
internal sealed class Lexer
{
    private readonly string _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _tokenCount;
    private Token? _peeked;

    public Lexer(string source, int maxTokens = int.MaxValue)
    {
        _source = source;
        _maxTokens = maxTokens;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    public Token Token { get; private set; }

    /// <summary>The end offset of the previous token, used to close node locations.</summary>
    public int LastTokenEnd { get; private set; }

    public Token Advance()
    {
        LastTokenEnd = Token.End;
        Token = Lookahead();
        _peeked = null;
        return Token;
    }

    public Token Lookahead()
    {
        if (_peeked is { } peeked)
        {
            return peeked;
        }

        var token = Token.Kind == TokenKind.EndOfFile ? Token : ReadToken();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw Error(token.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");
        }

        _peeked = token;
        return token;
    }

    public GraphQLSyntaxError Error(int position, string message) => new(message, LocationOf(position));

    private SourceLocation LocationOf(int position)
    {
        // Errors are rare: recount lines from the start rather than tracking them for every offset.
        int line = 1, lineStart = 0;
        for (var i = 0; i < position && i < _source.Length; i++)
        {
            var c = _source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= _source.Length || _source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position - lineStart + 1);
    }

    private Token Make(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    private Token ReadToken()
    {
        var s = _source;
        while (_position < s.Length)
        {
            var start = _position;
            var c = s[start];
            switch (c)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    continue;
                case '\n':
                    NewLine(start + 1);
                    continue;
                case '\r':
                    NewLine(start + (start + 1 < s.Length && s[start + 1] == '\n' ? 2 : 1));
                    continue;
                case '#':
                    while (_position < s.Length && s[_position] != '\n' && s[_position] != '\r')
                    {
                        _position++;
                    }

                    continue;
                case '!': return Punctuator(TokenKind.Bang);
                case '$': return Punctuator(TokenKind.Dollar);
                case '&': return Punctuator(TokenKind.Amp);
                case '(': return Punctuator(TokenKind.ParenL);
                case ')': return Punctuator(TokenKind.ParenR);
                case ':': return Punctuator(TokenKind.Colon);
                case '=': return Punctuator(TokenKind.Equals);
                case '@': return Punctuator(TokenKind.At);
                case '[': return Punctuator(TokenKind.BracketL);
                case ']': return Punctuator(TokenKind.BracketR);
                case '{': return Punctuator(TokenKind.BraceL);
                case '|': return Punctuator(TokenKind.Pipe);
                case '}': return Punctuator(TokenKind.BraceR);
                case '.':
                    return ReadDots(start);
                case '"':
                    return start + 2 < s.Length && s[start + 1] == '"' && s[start + 2] == '"'
                        ? ReadBlockString(start)
                        : ReadString(start);
            }

            if (IsNameStart(c))
            {
                return ReadName(start);
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(start);
            }

            throw Error(start, c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : char.IsSurrogate(c) && !IsSurrogatePairAt(start)
                    ? $"Invalid character: {DescribeCodePoint(start)}."
                    : $"Unexpected character: {DescribeCodePoint(start)}.");
        }

        return Make(TokenKind.EndOfFile, s.Length, s.Length);
    }

    private void NewLine(int next)
    {
        _position = next;
        _line++;
        _lineStart = next;
    }

    private Token Punctuator(TokenKind kind)
    {
        var start = _position++;
        return Make(kind, start, _position);
    }

    private Token ReadDots(int start)
    {
        if (At(start + 1) == '.' && At(start + 2) == '.')
        {
            _position = start + 3;
            return Make(TokenKind.Spread, start, _position);
        }

        if (At(start + 1) == '.')
        {
            throw Error(start, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(At(start + 1)))
        {
            var end = start + 1;
            while (IsDigit(At(end)))
            {
                end++;
            }

            throw Error(start, $"Invalid number, expected digit before \".\", did you mean \"0.{_source[(start + 1)..end]}\"?");
        }

        throw Error(start, $"Unexpected character: {DescribeCodePoint(start)}.");
    }

    private Token ReadName(int start)
    {
        var end = start + 1;
        while (end < _source.Length && IsNameContinue(_source[end]))
        {
            end++;
        }

        _position = end;
        return Make(TokenKind.Name, start, end, _source[start..end]);
    }

    /// <summary>§2.1.8 IntValue and FloatValue, rejecting leading zeros and letters glued to numbers.</summary>
    private Token ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        if (At(position) == '-')
        {
            position++;
        }

        if (At(position) == '0')
        {
            position++;
            if (IsDigit(At(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCodePoint(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (At(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (At(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (At(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        if (At(position) == '.' || IsNameStart(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePoint(position)}.");
        }

        _position = position;
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _source[start..position]);
    }

    private int ReadDigits(int position)
    {
        if (!IsDigit(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePoint(position)}.");
        }

        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>§2.9.4 StringValue with escapes, including \u{...} and surrogate pairs written as two escapes.</summary>
    private Token ReadString(int start)
    {
        var s = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < s.Length)
        {
            var c = s[position];
            if (c == '"')
            {
                var text = value is null ? s[chunkStart..position] : value.Append(s, chunkStart, position - chunkStart).ToString();
                _position = position + 1;
                return Make(TokenKind.String, start, _position, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(s, chunkStart, position - chunkStart);
                position = ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (!IsValidSourceChar(position))
            {
                throw Error(position, $"Invalid character within String: {DescribeCodePoint(position)}.");
            }

            position += char.IsHighSurrogate(c) ? 2 : 1;
        }

        throw Error(position, "Unterminated string.");
    }

    private int ReadEscape(int position, StringBuilder value)
    {
        switch (At(position + 1))
        {
            case '"': value.Append('"'); return position + 2;
            case '\\': value.Append('\\'); return position + 2;
            case '/': value.Append('/'); return position + 2;
            case 'b': value.Append('\b'); return position + 2;
            case 'f': value.Append('\f'); return position + 2;
            case 'n': value.Append('\n'); return position + 2;
            case 'r': value.Append('\r'); return position + 2;
            case 't': value.Append('\t'); return position + 2;
            case 'u': return At(position + 2) == '{' ? ReadVariableWidthEscape(position, value) : ReadFixedWidthEscape(position, value);
            default:
                throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }
    }

    private int ReadVariableWidthEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = At(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return position + size;
            }

            var digit = HexValue(c);
            if (digit < 0)
            {
                break;
            }

            point = Math.Min((point << 4) | digit, 0x7FFFFFF);
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    private int ReadFixedWidthEscape(int position, StringBuilder value)
    {
        var code = ReadHex4(position + 2);
        if (code >= 0 && !char.IsSurrogate((char)code))
        {
            value.Append((char)code);
            return position + 6;
        }

        // A leading surrogate must be followed by an escaped trailing one.
        if (code >= 0 && char.IsHighSurrogate((char)code) && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return position + 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int ReadHex4(int position)
    {
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(At(position + i));
            if (digit < 0)
            {
                return -1;
            }

            code = (code << 4) | digit;
        }

        return code;
    }

    /// <summary>§2.9.4 BlockString: raw text except \""", then the spec's dedent (<see cref="BlockString.Dedent"/>).</summary>
    private Token ReadBlockString(int start)
    {
        var s = _source;
        var position = start + 3;
        var chunkStart = position;
        var raw = new StringBuilder();
        int line = _line, lineStart = _lineStart;
        while (position < s.Length)
        {
            var c = s[position];
            if (c == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                raw.Append(s, chunkStart, position - chunkStart);
                var token = new Token(TokenKind.BlockString, start, position + 3, _line, start - _lineStart + 1, BlockString.Dedent(raw.ToString()));
                _position = position + 3;
                _line = line;
                _lineStart = lineStart;
                return token;
            }

            if (c == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                raw.Append(s, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                position += c == '\r' && At(position + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = position;
                continue;
            }

            if (!IsValidSourceChar(position))
            {
                throw Error(position, $"Invalid character within String: {DescribeCodePoint(position)}.");
            }

            position += char.IsHighSurrogate(c) ? 2 : 1;
        }

        throw Error(position, "Unterminated string.");
    }

    private char At(int position) => position < _source.Length ? _source[position] : '\0';

    private string Slice(int position, int length) => _source.Substring(position, Math.Min(length, _source.Length - position));

    private bool IsSurrogatePairAt(int position) =>
        char.IsHighSurrogate(_source[position]) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]);

    /// <summary>§2.1.1 SourceCharacter: any Unicode scalar value, so only unpaired surrogates are invalid.</summary>
    private bool IsValidSourceChar(int position) => !char.IsSurrogate(_source[position]) || IsSurrogatePairAt(position);

    private string DescribeCodePoint(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var c = _source[position];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var code = IsSurrogatePairAt(position) ? char.ConvertToUtf32(c, _source[position + 1]) : c;
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static bool IsScalarValue(int point) => point is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    internal static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);
}
