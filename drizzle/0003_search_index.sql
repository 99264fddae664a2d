-- Full-text search: one FTS5 index per kind of record, keyed by the record's id (rowid).
-- Triggers keep each index in step with its table inside the same transaction as the write,
-- whatever code path writes (forms, imports, the demo seed). unicode61 with
-- remove_diacritics 2 makes "Nguyen" match "Nguyễn"; letters that are not a base letter plus
-- an accent (Đ, Ł, Ø, Ħ, ı...) are folded by hand, and Arabic and Hebrew vowel marks removed,
-- into the "folded" column, which holds a
-- folded copy of the text only when folding changes it (lib/domain/search-query.ts folds the
-- query the same way). Han text without spaces is one token: it is found by its beginning.
CREATE VIRTUAL TABLE `search_cases` USING fts5(person_name, title, country, tags, charges, summary, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
INSERT INTO `search_cases` (rowid, person_name, title, country, tags, charges, summary, folded)
	SELECT id, `person_name`, `title`, `country`, `tags`, `charges`, `summary`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `person_name` || ' ' || `title` || ' ' || `country` || ' ' || `tags` || ' ' || `charges` || ' ' || `summary` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.person_name, '') AS `person_name`,
			coalesce(b.title, '') AS `title`,
			coalesce(b.country, '') AS `country`,
			CASE WHEN json_valid(b.tags) AND json_type(b.tags) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(b.tags)), '') ELSE b.tags END AS `tags`,
			coalesce(b.charges, '') AS `charges`,
			coalesce(b.summary, '') AS `summary`
		FROM `cases` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_cases_after_insert` AFTER INSERT ON `cases`
BEGIN
	INSERT INTO `search_cases` (rowid, person_name, title, country, tags, charges, summary, folded)
	SELECT id, `person_name`, `title`, `country`, `tags`, `charges`, `summary`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `person_name` || ' ' || `title` || ' ' || `country` || ' ' || `tags` || ' ' || `charges` || ' ' || `summary` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.person_name, '') AS `person_name`,
			coalesce(new.title, '') AS `title`,
			coalesce(new.country, '') AS `country`,
			CASE WHEN json_valid(new.tags) AND json_type(new.tags) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(new.tags)), '') ELSE new.tags END AS `tags`,
			coalesce(new.charges, '') AS `charges`,
			coalesce(new.summary, '') AS `summary`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_after_update` AFTER UPDATE OF id, person_name, title, country, tags, charges, summary ON `cases`
BEGIN
	DELETE FROM `search_cases` WHERE rowid = old.id;
	INSERT INTO `search_cases` (rowid, person_name, title, country, tags, charges, summary, folded)
	SELECT id, `person_name`, `title`, `country`, `tags`, `charges`, `summary`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `person_name` || ' ' || `title` || ' ' || `country` || ' ' || `tags` || ' ' || `charges` || ' ' || `summary` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.person_name, '') AS `person_name`,
			coalesce(new.title, '') AS `title`,
			coalesce(new.country, '') AS `country`,
			CASE WHEN json_valid(new.tags) AND json_type(new.tags) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(new.tags)), '') ELSE new.tags END AS `tags`,
			coalesce(new.charges, '') AS `charges`,
			coalesce(new.summary, '') AS `summary`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_after_delete` AFTER DELETE ON `cases`
BEGIN
	DELETE FROM `search_cases` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_people` USING fts5(name, office, institution, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
INSERT INTO `search_people` (rowid, name, office, institution, folded)
	SELECT id, `name`, `office`, `institution`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `name` || ' ' || `office` || ' ' || `institution` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.name, '') AS `name`,
			coalesce(b.office, '') AS `office`,
			coalesce(b.institution, '') AS `institution`
		FROM `people` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_people_after_insert` AFTER INSERT ON `people`
BEGIN
	INSERT INTO `search_people` (rowid, name, office, institution, folded)
	SELECT id, `name`, `office`, `institution`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `name` || ' ' || `office` || ' ' || `institution` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.name, '') AS `name`,
			coalesce(new.office, '') AS `office`,
			coalesce(new.institution, '') AS `institution`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_people_after_update` AFTER UPDATE OF id, name, office, institution ON `people`
BEGIN
	DELETE FROM `search_people` WHERE rowid = old.id;
	INSERT INTO `search_people` (rowid, name, office, institution, folded)
	SELECT id, `name`, `office`, `institution`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `name` || ' ' || `office` || ' ' || `institution` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.name, '') AS `name`,
			coalesce(new.office, '') AS `office`,
			coalesce(new.institution, '') AS `institution`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_people_after_delete` AFTER DELETE ON `people`
BEGIN
	DELETE FROM `search_people` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_sources` USING fts5(title, outlet, excerpt, notes, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
INSERT INTO `search_sources` (rowid, title, outlet, excerpt, notes, folded)
	SELECT id, `title`, `outlet`, `excerpt`, `notes`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `title` || ' ' || `outlet` || ' ' || `excerpt` || ' ' || `notes` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.title, '') AS `title`,
			coalesce(b.outlet, '') AS `outlet`,
			coalesce(b.excerpt, '') AS `excerpt`,
			coalesce(b.notes, '') AS `notes`
		FROM `sources` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_sources_after_insert` AFTER INSERT ON `sources`
BEGIN
	INSERT INTO `search_sources` (rowid, title, outlet, excerpt, notes, folded)
	SELECT id, `title`, `outlet`, `excerpt`, `notes`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `title` || ' ' || `outlet` || ' ' || `excerpt` || ' ' || `notes` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.title, '') AS `title`,
			coalesce(new.outlet, '') AS `outlet`,
			coalesce(new.excerpt, '') AS `excerpt`,
			coalesce(new.notes, '') AS `notes`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_sources_after_update` AFTER UPDATE OF id, title, outlet, excerpt, notes ON `sources`
BEGIN
	DELETE FROM `search_sources` WHERE rowid = old.id;
	INSERT INTO `search_sources` (rowid, title, outlet, excerpt, notes, folded)
	SELECT id, `title`, `outlet`, `excerpt`, `notes`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `title` || ' ' || `outlet` || ' ' || `excerpt` || ' ' || `notes` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.title, '') AS `title`,
			coalesce(new.outlet, '') AS `outlet`,
			coalesce(new.excerpt, '') AS `excerpt`,
			coalesce(new.notes, '') AS `notes`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_sources_after_delete` AFTER DELETE ON `sources`
BEGIN
	DELETE FROM `search_sources` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_asks` USING fts5(text, office_at_time, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
INSERT INTO `search_asks` (rowid, text, office_at_time, folded)
	SELECT id, `text`, `office_at_time`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `text` || ' ' || `office_at_time` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.text, '') AS `text`,
			coalesce(b.office_at_time, '') AS `office_at_time`
		FROM `asks` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_asks_after_insert` AFTER INSERT ON `asks`
BEGIN
	INSERT INTO `search_asks` (rowid, text, office_at_time, folded)
	SELECT id, `text`, `office_at_time`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `text` || ' ' || `office_at_time` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.text, '') AS `text`,
			coalesce(new.office_at_time, '') AS `office_at_time`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_asks_after_update` AFTER UPDATE OF id, text, office_at_time ON `asks`
BEGIN
	DELETE FROM `search_asks` WHERE rowid = old.id;
	INSERT INTO `search_asks` (rowid, text, office_at_time, folded)
	SELECT id, `text`, `office_at_time`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `text` || ' ' || `office_at_time` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.text, '') AS `text`,
			coalesce(new.office_at_time, '') AS `office_at_time`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_asks_after_delete` AFTER DELETE ON `asks`
BEGIN
	DELETE FROM `search_asks` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_outcomes` USING fts5(description, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
INSERT INTO `search_outcomes` (rowid, description, folded)
	SELECT id, `description`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `description` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.description, '') AS `description`
		FROM `outcomes` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_outcomes_after_insert` AFTER INSERT ON `outcomes`
BEGIN
	INSERT INTO `search_outcomes` (rowid, description, folded)
	SELECT id, `description`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `description` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.description, '') AS `description`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_outcomes_after_update` AFTER UPDATE OF id, description ON `outcomes`
BEGIN
	DELETE FROM `search_outcomes` WHERE rowid = old.id;
	INSERT INTO `search_outcomes` (rowid, description, folded)
	SELECT id, `description`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `description` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.description, '') AS `description`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_outcomes_after_delete` AFTER DELETE ON `outcomes`
BEGIN
	DELETE FROM `search_outcomes` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_notes` USING fts5(body, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
INSERT INTO `search_notes` (rowid, body, folded)
	SELECT id, `body`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `body` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.body, '') AS `body`
		FROM `case_notes` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_notes_after_insert` AFTER INSERT ON `case_notes`
BEGIN
	INSERT INTO `search_notes` (rowid, body, folded)
	SELECT id, `body`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `body` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.body, '') AS `body`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_notes_after_update` AFTER UPDATE OF id, body ON `case_notes`
BEGIN
	DELETE FROM `search_notes` WHERE rowid = old.id;
	INSERT INTO `search_notes` (rowid, body, folded)
	SELECT id, `body`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `body` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.body, '') AS `body`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_notes_after_delete` AFTER DELETE ON `case_notes`
BEGIN
	DELETE FROM `search_notes` WHERE rowid = old.id;
END;
