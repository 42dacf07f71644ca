package id.go.mojokertokab.prokopim.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of an error the servlet layer answers itself (Camunda's login and CSRF filters, an
 * unknown address, a wrong method), in the shape of Camunda's REST errors ({@code type},
 * {@code message} in Indonesian, {@code code}) instead of Spring Boot's default. Browsers asking
 * for HTML still get the pages under {@code static/error}.
 */
@Component
class CamundaShapedErrors extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> spring = super.getErrorAttributes(request, options.including(ErrorAttributeOptions.Include.MESSAGE));
        int status = spring.get("status") instanceof Integer code ? code : 500;
        String reason = String.valueOf(spring.getOrDefault("message", ""));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(spring.getOrDefault("error", "Error")).replace(" ", ""));
        String path = String.valueOf(spring.getOrDefault("path", ""));
        boolean login = path.contains("/auth/user/") && path.contains("/login/");
        body.put("message", login ? loginMessageFor(status) : messageFor(status, reason));
        body.put("code", 0);
        return body;
    }

    /** The webapps' login page shows this after "Gagal masuk:". */
    private static String loginMessageFor(int status) {
        return status == 403 ? "Anda tidak memiliki hak akses ke aplikasi ini; hubungi administrator."
                : "Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan: tunggu sebentar lalu coba lagi.";
    }

    private static String messageFor(int status, String reason) {
        return switch (status) {
            case 400 -> "Permintaan tidak dapat diproses: isinya tidak sah.";
            case 401 -> "Silakan masuk (login) terlebih dahulu.";
            case 403 -> reason.startsWith("CSRFPreventionFilter")
                    ? "Permintaan ditolak: token keamanan (CSRF) tidak ada atau tidak cocok; muat ulang halaman lalu coba lagi."
                    : "Akses ditolak.";
            case 404 -> "Alamat ini tidak ditemukan.";
            case 405 -> "Metode HTTP ini tidak didukung untuk alamat ini.";
            case 413 -> "Permintaan terlalu besar.";
            case 415 -> "Jenis isi permintaan tidak didukung; kirim JSON (application/json).";
            default -> status >= 500 ? "Terjadi kesalahan pada server; coba lagi atau hubungi administrator."
                    : "Permintaan tidak dapat diproses.";
        };
    }
}
