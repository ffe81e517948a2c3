namespace Mobility.GraphQL.Language;

/// <summary>§2.1.6 Lexical tokens (plus start and end of file).</summary>
internal enum TokenKind
{
    StartOfFile, EndOfFile, Bang, Dollar, Amp, ParenL, ParenR, Spread, Colon, Equals, At,
    BracketL, BracketR, BraceL, Pipe, BraceR, Name, Int, Float, String, BlockString,
}

internal static class TokenKindExtensions
{
    /// <summary>How graphql-js describes a token kind in "Expected X, found Y" messages.</summary>
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        _ => kind.ToString(),
    };
}
