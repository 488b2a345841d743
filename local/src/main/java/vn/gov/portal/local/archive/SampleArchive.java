package vn.gov.portal.local.archive;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import vn.gov.portal.common.text.VietnameseText;

/**
 * Writes a realistic sample of a ministry's archive, as an old CMS would export it, for the
 * import command, its tests and the benchmarks: {@code count} article sources in the documented
 * front-matter format over ten years (2016–2025), in several categories, some with images beside
 * them, and the titles ministries repeat (the weekly "Lịch công tác tuần của Lãnh đạo Bộ", the
 * monthly "Lịch tiếp công dân định kỳ"), each repetition its own article on its own day. The
 * same count and seed always give the same files.
 *
 * <p>{@code ./scripts/sample-archive DIR [COUNT] [SEED]}
 */
public final class SampleArchive {

    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    public static final String WEEKLY = "Lịch công tác tuần của Lãnh đạo Bộ";
    public static final String MONTHLY = "Lịch tiếp công dân định kỳ";
    private static final String[] CATEGORIES = {"tin-tuc", "thong-bao", "chi-dao-dieu-hanh", "hoat-dong-dia-phuong"};
    private static final String[] EVENTS = {
        "Hội nghị tổng kết công tác",
        "Hội thảo về chính sách",
        "Tập huấn nghiệp vụ",
        "Đoàn công tác làm việc",
        "Lễ ký kết chương trình phối hợp",
        "Họp báo thường kỳ",
        "Kiểm tra việc thực hiện",
        "Đối thoại với người lao động",
        "Triển khai kế hoạch",
        "Sơ kết sáu tháng"
    };
    private static final String[] TOPICS = {
        "bảo hiểm xã hội",
        "giáo dục nghề nghiệp",
        "an toàn lao động",
        "việc làm cho thanh niên",
        "chính sách người có công",
        "giảm nghèo bền vững",
        "bình đẳng giới",
        "bảo vệ trẻ em",
        "tiền lương tối thiểu",
        "chuyển đổi số",
        "cải cách hành chính",
        "người lao động đi làm việc ở nước ngoài"
    };
    private static final String[] PLACES = {
        "Hà Nội",
        "Thành phố Hồ Chí Minh",
        "Đà Nẵng",
        "Hải Phòng",
        "Cần Thơ",
        "Nghệ An",
        "Thanh Hóa",
        "Quảng Ninh",
        "Đắk Lắk",
        "Lào Cai",
        "An Giang",
        "Thừa Thiên Huế"
    };
    private static final String[] AUTHORS = {"Văn phòng Bộ", "Trung tâm Thông tin", "Vụ Pháp chế", "Cục Việc làm", null
    };
    private static final String[] SENTENCES = {
        "Tham dự có đại diện lãnh đạo các cục, vụ, đơn vị thuộc Bộ và các sở, ngành địa phương.",
        "Phát biểu tại buổi làm việc, đồng chí Thứ trưởng đề nghị các đơn vị tập trung hoàn thành các chỉ tiêu được giao.",
        "Các đại biểu đã trao đổi nhiều ý kiến thiết thực về những khó khăn, vướng mắc trong quá trình thực hiện.",
        "Bộ sẽ tiếp tục phối hợp chặt chẽ với các địa phương để tháo gỡ kịp thời các vướng mắc phát sinh.",
        "Kết quả bước đầu cho thấy chính sách đã đi vào cuộc sống, được người dân và doanh nghiệp đồng tình.",
        "Các đơn vị cần đẩy mạnh ứng dụng công nghệ thông tin, công khai thủ tục hành chính trên cổng dịch vụ công.",
        "Đề nghị các sở, ngành báo cáo kết quả thực hiện về Bộ trước ngày 25 hằng tháng để tổng hợp.",
        "Trong năm, toàn ngành đã hỗ trợ hàng nghìn lượt người lao động tìm được việc làm phù hợp."
    };
    static final String[] IMAGES = {"hoi-nghi.png", "lam-viec.png", "tap-huan.png", "ky-ket.png", "doi-thoai.png"};

    private SampleArchive() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ./scripts/sample-archive DIR [COUNT (default 1000)] [SEED (default 1)]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<Path> written = write(Path.of(args[0]), count, seed);
        System.out.println("Wrote " + written.size() + " article sources and their images to " + args[0]);
    }

    /** Writes the archive under {@code dir} (articles in yyyy/mm/ folders, images in each folder that uses them); returns the sources. */
    public static List<Path> write(Path dir, int count, long seed) throws IOException {
        Random random = new Random(seed);
        Set<String> daySlugs = new HashSet<>();
        List<Path> sources = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        LocalDate monday = FIRST_DAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate firstOfMonth = FIRST_DAY;
        for (int i = 0; i < count; i++) {
            String title;
            LocalDateTime at;
            String category;
            if (i % 10 == 0) { // every tenth: the weekly schedule, one per Monday in order
                title = WEEKLY;
                at = monday.atTime(7, 30);
                monday = monday.plusWeeks(1);
                category = "thong-bao";
            } else if (i % 10 == 5) { // and the monthly reception schedule
                title = MONTHLY;
                at = firstOfMonth.atTime(8, 0);
                firstOfMonth = firstOfMonth.plusMonths(1);
                category = "thong-bao";
            } else {
                title = pick(random, EVENTS) + " " + pick(random, TOPICS) + " tại " + pick(random, PLACES);
                at = FIRST_DAY.plusDays(random.nextInt((int) days)).atTime(7 + random.nextInt(11), random.nextInt(60));
                category = pick(random, CATEGORIES);
            }
            String slug = VietnameseText.slug(title);
            if (!daySlugs.add(
                    at.toLocalDate() + "/" + slug)) { // another article with this title that day: its own slug
                slug = slug + "-" + (i + 1);
                daySlugs.add(at.toLocalDate() + "/" + slug);
            }
            Path folder = dir.resolve(String.format(Locale.ROOT, "%04d/%02d", at.getYear(), at.getMonthValue()));
            Files.createDirectories(folder);
            String image = random.nextInt(4) == 0 ? pick(random, IMAGES) : null;
            if (image != null && !Files.exists(folder.resolve(image))) {
                writeImage(folder.resolve(image), image.hashCode());
            }
            Path source = folder.resolve(String.format(Locale.ROOT, "%05d-%s.md", i + 1, slug));
            Files.writeString(
                    source,
                    source(title, slug, at, category, pick(random, AUTHORS), image, random),
                    StandardCharsets.UTF_8);
            sources.add(source);
        }
        return sources;
    }

    private static String source(
            String title, String slug, LocalDateTime at, String category, String author, String image, Random random) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(title).append('\n');
        out.append("publishedAt: ").append(at).append(":00+07:00\n");
        out.append("slug: ").append(slug).append('\n');
        out.append("category: ").append(category).append('\n');
        out.append("summary: ").append(pick(random, SENTENCES)).append('\n');
        if (author != null) {
            out.append("author: ").append(author).append('\n');
        }
        if (image != null) {
            out.append("images:\n  - key: ${image:").append(image).append("}\n    caption: Quang cảnh buổi làm việc\n");
        }
        out.append("---\n");
        if (title.equals(WEEKLY)) {
            out.append("Lịch công tác tuần từ ngày ").append(at.toLocalDate()).append(":\n\n");
            for (String d : List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu")) {
                out.append("- **")
                        .append(d)
                        .append("**: ")
                        .append(pick(random, EVENTS))
                        .append(" ")
                        .append(pick(random, TOPICS))
                        .append(".\n");
            }
        } else {
            for (int p = 0; p < 3 + random.nextInt(3); p++) {
                out.append(pick(random, SENTENCES))
                        .append(' ')
                        .append(pick(random, SENTENCES))
                        .append("\n\n");
            }
        }
        if (image != null) {
            out.append("\n![Quang cảnh](upload:${image:").append(image).append("})\n");
        }
        return out.toString();
    }

    private static void writeImage(Path file, int tone) {
        BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x20 + Math.floorMod(tone, 0x60), 0x60, 0xA0));
        g.fillRect(0, 0, 64, 40);
        g.setColor(Color.YELLOW);
        g.fillOval(24, 12, 16, 16);
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
