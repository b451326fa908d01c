using System.Globalization;
using QRCoder;

namespace CoopPortal.Documents.Layout;

/// <summary>Builds QR codes as SVG (error correction M: survives a crease or a stamp over a corner).</summary>
public static class QrSvg
{
    public static string Create(string value, int sizeMm)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(value, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true);
        var size = sizeMm.ToString(CultureInfo.InvariantCulture) + "mm";
        // Fix the printed size; the viewBox keeps the modules square.
        return svg.Replace("<svg ", $"<svg style=\"width:{size};height:{size}\" ", StringComparison.Ordinal);
    }
}
