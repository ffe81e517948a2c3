using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>Serialises the result tree; leaf values are already coerced to JSON-ready .NET values.</summary>
internal static class ResultWriter
{
    public static void WriteObject(Utf8JsonWriter writer, ResultObject result)
    {
        writer.WriteStartObject();
        var fields = result.Plan.Fields;
        var values = result.Values;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].EncodedName);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case ResultObject o: WriteObject(writer, o); break;
            case ResultList l:
                writer.WriteStartArray();
                foreach (var item in l.Items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: WritePlain(writer, value); break;
        }
    }

    /// <summary>Scalars and plain .NET structures (dictionaries, lists) such as custom scalar values and extensions.</summary>
    public static void WritePlain(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case float f: writer.WriteNumberValue(f); break;
            case JsonElement e: e.WriteTo(writer); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WritePlain(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WritePlain(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable: writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations.Count > 0)
            {
                writer.WriteStartArray("locations");
                foreach (var location in error.Locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { } path)
            {
                writer.WritePropertyName("path");
                WritePlain(writer, path);
            }

            if (error.Code is not null || error.Extensions is { Count: > 0 })
            {
                writer.WriteStartObject("extensions");
                if (error.Code is not null)
                {
                    writer.WriteString("code", error.Code);
                }

                foreach (var (key, value) in error.Extensions ?? new Dictionary<string, object?>())
                {
                    writer.WritePropertyName(key);
                    WritePlain(writer, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
