-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'ID',
    "nameEn" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_country_date_key" ON "Holiday"("country", "date");

-- Indonesia's national public holidays of 2026 and 2027, so every database has them (the source,
-- with where each year's dates come from and which are not yet fixed: prisma/seed/holidays.json).
INSERT INTO "Holiday" ("id", "date", "country", "nameEn", "nameId", "updatedAt") VALUES
    ('holiday-ID-2026-01-01', '2026-01-01', 'ID', 'New Year''s Day 2026', 'Tahun Baru 2026 Masehi', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-01-16', '2026-01-16', 'ID', 'Isra Mikraj of the Prophet Muhammad', 'Isra Mikraj Nabi Muhammad S.A.W.', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-02-17', '2026-02-17', 'ID', 'Chinese New Year 2577 Kongzili', 'Tahun Baru Imlek 2577 Kongzili', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-03-19', '2026-03-19', 'ID', 'Nyepi, Day of Silence (Saka New Year 1948)', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-03-21', '2026-03-21', 'ID', 'Eid al-Fitr 1447 H', 'Idulfitri 1447 Hijriah', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-03-22', '2026-03-22', 'ID', 'Eid al-Fitr 1447 H (second day)', 'Idulfitri 1447 Hijriah (hari kedua)', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-04-03', '2026-04-03', 'ID', 'Good Friday', 'Wafat Yesus Kristus', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-04-05', '2026-04-05', 'ID', 'Easter Sunday', 'Kebangkitan Yesus Kristus (Paskah)', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-05-01', '2026-05-01', 'ID', 'International Labour Day', 'Hari Buruh Internasional', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-05-14', '2026-05-14', 'ID', 'Ascension of Jesus Christ', 'Kenaikan Yesus Kristus', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-05-27', '2026-05-27', 'ID', 'Eid al-Adha 1447 H', 'Iduladha 1447 Hijriah', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-05-31', '2026-05-31', 'ID', 'Vesak Day 2570 BE', 'Hari Raya Waisak 2570 BE', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-06-01', '2026-06-01', 'ID', 'Pancasila Day', 'Hari Lahir Pancasila', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-06-16', '2026-06-16', 'ID', 'Islamic New Year 1448 H', '1 Muharam Tahun Baru Islam 1448 Hijriah', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-08-17', '2026-08-17', 'ID', 'Independence Day', 'Proklamasi Kemerdekaan', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-08-25', '2026-08-25', 'ID', 'Birthday of the Prophet Muhammad', 'Maulid Nabi Muhammad S.A.W.', CURRENT_TIMESTAMP),
    ('holiday-ID-2026-12-25', '2026-12-25', 'ID', 'Christmas Day', 'Kelahiran Yesus Kristus', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-01-01', '2027-01-01', 'ID', 'New Year''s Day 2027', 'Tahun Baru 2027 Masehi', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-01-05', '2027-01-05', 'ID', 'Isra Mikraj of the Prophet Muhammad', 'Isra Mikraj Nabi Muhammad S.A.W.', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-02-06', '2027-02-06', 'ID', 'Chinese New Year 2578 Kongzili', 'Tahun Baru Imlek 2578 Kongzili', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-03-08', '2027-03-08', 'ID', 'Nyepi, Day of Silence (Saka New Year 1949)', 'Hari Suci Nyepi (Tahun Baru Saka 1949)', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-03-10', '2027-03-10', 'ID', 'Eid al-Fitr 1448 H', 'Idulfitri 1448 Hijriah', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-03-11', '2027-03-11', 'ID', 'Eid al-Fitr 1448 H (second day)', 'Idulfitri 1448 Hijriah (hari kedua)', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-03-26', '2027-03-26', 'ID', 'Good Friday', 'Wafat Yesus Kristus', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-03-28', '2027-03-28', 'ID', 'Easter Sunday', 'Kebangkitan Yesus Kristus (Paskah)', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-05-01', '2027-05-01', 'ID', 'International Labour Day', 'Hari Buruh Internasional', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-05-06', '2027-05-06', 'ID', 'Ascension of Jesus Christ', 'Kenaikan Yesus Kristus', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-05-17', '2027-05-17', 'ID', 'Eid al-Adha 1448 H', 'Iduladha 1448 Hijriah', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-05-20', '2027-05-20', 'ID', 'Vesak Day 2571 BE', 'Hari Raya Waisak 2571 BE', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-06-01', '2027-06-01', 'ID', 'Pancasila Day', 'Hari Lahir Pancasila', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-06-06', '2027-06-06', 'ID', 'Islamic New Year 1449 H', '1 Muharam Tahun Baru Islam 1449 Hijriah', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-08-15', '2027-08-15', 'ID', 'Birthday of the Prophet Muhammad', 'Maulid Nabi Muhammad S.A.W.', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-08-17', '2027-08-17', 'ID', 'Independence Day', 'Proklamasi Kemerdekaan', CURRENT_TIMESTAMP),
    ('holiday-ID-2027-12-25', '2027-12-25', 'ID', 'Christmas Day', 'Kelahiran Yesus Kristus', CURRENT_TIMESTAMP);
