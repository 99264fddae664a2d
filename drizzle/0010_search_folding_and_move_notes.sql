-- Rebuilds the search indexes: Arabic-script letter variants are folded (Persian yeh and
-- alef maksura to yeh, keheh to kaf, the alef forms to alef, teh marbuta to heh,
-- Arabic-Indic and Persian digits to ASCII), a case is found by its native-script name and
-- its aliases, and the notes of status changes and ask moves get indexes of their own.
-- The folding is the list of FOLDED_LETTERS and the removed marks in
-- domain/search-query.ts written out as replace() calls, so the index is kept by SQLite alone
-- (any connection, a restore) and db/queries/search-folding.test.ts checks the two agree.
-- The "folded" column holds the folded text only when folding changes it.
DROP TRIGGER IF EXISTS `search_cases_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_cases_after_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_cases_after_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `search_cases`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_cases` USING fts5(person_name, native_name, aliases, title, country, tags, charges, summary, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- Deleted words leave the index at once (as drizzle/0008 set for the first indexes).
INSERT INTO `search_cases`(`search_cases`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_cases` (rowid, person_name, native_name, aliases, title, country, tags, charges, summary, folded)
	SELECT id, `person_name`, `native_name`, `aliases`, `title`, `country`, `tags`, `charges`, `summary`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `person_name` || ' ' || `native_name` || ' ' || `aliases` || ' ' || `title` || ' ' || `country` || ' ' || `tags` || ' ' || `charges` || ' ' || `summary` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.person_name, '') AS `person_name`,
			coalesce(b.native_name, '') AS `native_name`,
			CASE WHEN json_valid(b.aliases) AND json_type(b.aliases) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(b.aliases)), '') ELSE coalesce(b.aliases, '') END AS `aliases`,
			coalesce(b.title, '') AS `title`,
			coalesce(b.country, '') AS `country`,
			CASE WHEN json_valid(b.tags) AND json_type(b.tags) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(b.tags)), '') ELSE coalesce(b.tags, '') END AS `tags`,
			coalesce(b.charges, '') AS `charges`,
			coalesce(b.summary, '') AS `summary`
		FROM `cases` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_cases_after_insert` AFTER INSERT ON `cases`
BEGIN
	INSERT INTO `search_cases` (rowid, person_name, native_name, aliases, title, country, tags, charges, summary, folded)
	SELECT id, `person_name`, `native_name`, `aliases`, `title`, `country`, `tags`, `charges`, `summary`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `person_name` || ' ' || `native_name` || ' ' || `aliases` || ' ' || `title` || ' ' || `country` || ' ' || `tags` || ' ' || `charges` || ' ' || `summary` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.person_name, '') AS `person_name`,
			coalesce(new.native_name, '') AS `native_name`,
			CASE WHEN json_valid(new.aliases) AND json_type(new.aliases) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(new.aliases)), '') ELSE coalesce(new.aliases, '') END AS `aliases`,
			coalesce(new.title, '') AS `title`,
			coalesce(new.country, '') AS `country`,
			CASE WHEN json_valid(new.tags) AND json_type(new.tags) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(new.tags)), '') ELSE coalesce(new.tags, '') END AS `tags`,
			coalesce(new.charges, '') AS `charges`,
			coalesce(new.summary, '') AS `summary`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_after_update` AFTER UPDATE OF id, person_name, native_name, aliases, title, country, tags, charges, summary ON `cases`
BEGIN
	DELETE FROM `search_cases` WHERE rowid = old.id;
	INSERT INTO `search_cases` (rowid, person_name, native_name, aliases, title, country, tags, charges, summary, folded)
	SELECT id, `person_name`, `native_name`, `aliases`, `title`, `country`, `tags`, `charges`, `summary`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `person_name` || ' ' || `native_name` || ' ' || `aliases` || ' ' || `title` || ' ' || `country` || ' ' || `tags` || ' ' || `charges` || ' ' || `summary` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.person_name, '') AS `person_name`,
			coalesce(new.native_name, '') AS `native_name`,
			CASE WHEN json_valid(new.aliases) AND json_type(new.aliases) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(new.aliases)), '') ELSE coalesce(new.aliases, '') END AS `aliases`,
			coalesce(new.title, '') AS `title`,
			coalesce(new.country, '') AS `country`,
			CASE WHEN json_valid(new.tags) AND json_type(new.tags) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(new.tags)), '') ELSE coalesce(new.tags, '') END AS `tags`,
			coalesce(new.charges, '') AS `charges`,
			coalesce(new.summary, '') AS `summary`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_after_delete` AFTER DELETE ON `cases`
BEGIN
	DELETE FROM `search_cases` WHERE rowid = old.id;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_people_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_people_after_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_people_after_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `search_people`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_people` USING fts5(name, office, institution, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- Deleted words leave the index at once (as drizzle/0008 set for the first indexes).
INSERT INTO `search_people`(`search_people`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_people` (rowid, name, office, institution, folded)
	SELECT id, `name`, `office`, `institution`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
DROP TRIGGER IF EXISTS `search_sources_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sources_after_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sources_after_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `search_sources`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_sources` USING fts5(title, outlet, excerpt, notes, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- Deleted words leave the index at once (as drizzle/0008 set for the first indexes).
INSERT INTO `search_sources`(`search_sources`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_sources` (rowid, title, outlet, excerpt, notes, folded)
	SELECT id, `title`, `outlet`, `excerpt`, `notes`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
DROP TRIGGER IF EXISTS `search_asks_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_asks_after_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_asks_after_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `search_asks`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_asks` USING fts5(text, office_at_time, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- Deleted words leave the index at once (as drizzle/0008 set for the first indexes).
INSERT INTO `search_asks`(`search_asks`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_asks` (rowid, text, office_at_time, folded)
	SELECT id, `text`, `office_at_time`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
DROP TRIGGER IF EXISTS `search_outcomes_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_outcomes_after_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_outcomes_after_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `search_outcomes`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_outcomes` USING fts5(description, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- Deleted words leave the index at once (as drizzle/0008 set for the first indexes).
INSERT INTO `search_outcomes`(`search_outcomes`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_outcomes` (rowid, description, folded)
	SELECT id, `description`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `description` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.description, '') AS `description`
		FROM `outcomes` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_outcomes_after_insert` AFTER INSERT ON `outcomes`
BEGIN
	INSERT INTO `search_outcomes` (rowid, description, folded)
	SELECT id, `description`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
DROP TRIGGER IF EXISTS `search_notes_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_notes_after_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_notes_after_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `search_notes`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_notes` USING fts5(body, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- Deleted words leave the index at once (as drizzle/0008 set for the first indexes).
INSERT INTO `search_notes`(`search_notes`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_notes` (rowid, body, folded)
	SELECT id, `body`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `body` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.body, '') AS `body`
		FROM `case_notes` AS b));
--> statement-breakpoint
CREATE TRIGGER `search_notes_after_insert` AFTER INSERT ON `case_notes`
BEGIN
	INSERT INTO `search_notes` (rowid, body, folded)
	SELECT id, `body`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
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
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `body` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.body, '') AS `body`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_notes_after_delete` AFTER DELETE ON `case_notes`
BEGIN
	DELETE FROM `search_notes` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_status_notes` USING fts5(note, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- Deleted words leave the index at once (as drizzle/0008 set for the first indexes).
INSERT INTO `search_status_notes`(`search_status_notes`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_status_notes` (rowid, note, folded)
	SELECT id, `note`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `note` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.note, '') AS `note`
		FROM `case_status_changes` AS b WHERE b.note <> ''));
--> statement-breakpoint
CREATE TRIGGER `search_status_notes_after_insert` AFTER INSERT ON `case_status_changes`
BEGIN
	INSERT INTO `search_status_notes` (rowid, note, folded)
	SELECT id, `note`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `note` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.note, '') AS `note`
		WHERE new.note <> ''));
END;
--> statement-breakpoint
CREATE TRIGGER `search_status_notes_after_update` AFTER UPDATE OF id, note ON `case_status_changes`
BEGIN
	DELETE FROM `search_status_notes` WHERE rowid = old.id;
	INSERT INTO `search_status_notes` (rowid, note, folded)
	SELECT id, `note`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `note` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.note, '') AS `note`
		WHERE new.note <> ''));
END;
--> statement-breakpoint
CREATE TRIGGER `search_status_notes_after_delete` AFTER DELETE ON `case_status_changes`
BEGIN
	DELETE FROM `search_status_notes` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_ask_move_notes` USING fts5(note, folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- Deleted words leave the index at once (as drizzle/0008 set for the first indexes).
INSERT INTO `search_ask_move_notes`(`search_ask_move_notes`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `search_ask_move_notes` (rowid, note, folded)
	SELECT id, `note`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `note` AS all_text FROM (
		SELECT b.id AS id,
			coalesce(b.note, '') AS `note`
		FROM `ask_status_changes` AS b WHERE b.note <> ''));
--> statement-breakpoint
CREATE TRIGGER `search_ask_move_notes_after_insert` AFTER INSERT ON `ask_status_changes`
BEGIN
	INSERT INTO `search_ask_move_notes` (rowid, note, folded)
	SELECT id, `note`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `note` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.note, '') AS `note`
		WHERE new.note <> ''));
END;
--> statement-breakpoint
CREATE TRIGGER `search_ask_move_notes_after_update` AFTER UPDATE OF id, note ON `ask_status_changes`
BEGIN
	DELETE FROM `search_ask_move_notes` WHERE rowid = old.id;
	INSERT INTO `search_ask_move_notes` (rowid, note, folded)
	SELECT id, `note`,
		CASE WHEN all_text GLOB '*[ĐđÐðŁłØøĦħı' || char(1740, 1609, 1705, 1571, 1573, 1570, 1649, 1577, 1632, 1776, 1633, 1777, 1634, 1778, 1635, 1779, 1636, 1780, 1637, 1781, 1638, 1782, 1639, 1783, 1640, 1784, 1641, 1785, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1648, 1600, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1471, 1473, 1474, 1479) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(all_text, 'Đ', 'D'), 'đ', 'd'), 'Ð', 'D'), 'ð', 'd'), 'Ł', 'L'), 'ł', 'l'), 'Ø', 'O'), 'ø', 'o'), 'Ħ', 'H'), 'ħ', 'h'), 'ı', 'i'), char(1740), 'ي'), char(1609), 'ي'), char(1705), 'ك'), char(1571), 'ا'), char(1573), 'ا'), char(1570), 'ا'), char(1649), 'ا'), char(1577), 'ه'), char(1632), '0'), char(1776), '0'), char(1633), '1'), char(1777), '1'), char(1634), '2'), char(1778), '2'), char(1635), '3'), char(1779), '3'), char(1636), '4'), char(1780), '4'), char(1637), '5'), char(1781), '5'), char(1638), '6'), char(1782), '6'), char(1639), '7'), char(1783), '7'), char(1640), '8'), char(1784), '8'), char(1641), '9'), char(1785), '9'), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(1456), ''), char(1457), ''), char(1458), ''), char(1459), ''), char(1460), ''), char(1461), ''), char(1462), ''), char(1463), ''), char(1464), ''), char(1465), ''), char(1466), ''), char(1467), ''), char(1468), ''), char(1469), ''), char(1471), ''), char(1473), ''), char(1474), ''), char(1479), '') ELSE '' END
	FROM (SELECT *, `note` AS all_text FROM (
		SELECT new.id AS id,
			coalesce(new.note, '') AS `note`
		WHERE new.note <> ''));
END;
--> statement-breakpoint
CREATE TRIGGER `search_ask_move_notes_after_delete` AFTER DELETE ON `ask_status_changes`
BEGIN
	DELETE FROM `search_ask_move_notes` WHERE rowid = old.id;
END;
