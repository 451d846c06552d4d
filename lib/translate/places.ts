/**
 * Chinese place names in English for an appeal: the name in pinyin, syllables together and capitalised, with an
 * apostrophe where they would run together (Xi'an, Bao'an), and the administrative word translated (金牛区
 * Jinniu District, 四川省 Sichuan Province). A whole place (四川省成都市金牛区) is split into its levels by
 * lib/page-text/place.ts and written small to big, the original beside it.
 *
 * Size: this imports pinyin-pro (about 458 KB minified) through ./pinyin. Only the translate view may load
 * it, lazily; nothing else imports lib/translate/places.ts.
 *
 * Decisions:
 * - 西藏 is written Tibet: the name English readers (adoptees abroad among them) know; the Chinese original is
 *   always beside it. 澳门 is Macao (the official English spelling), 台湾 is Taiwan with no level word.
 * - ü stays ü in place names (吕梁 Lüliang), as the Chinese place-name standard writes it; names of people
 *   follow the passport rule instead (lib/translate/names.ts).
 * - A few cities have a conventional English name that is not their pinyin (哈尔滨 Harbin, 乌鲁木齐 Urumqi,
 *   呼和浩特 Hohhot, 拉萨 Lhasa), and a few names pinyin-pro reads wrong (乐亭 Laoting, 单县 Shan County,
 *   蔚县 Yu County, 洪洞 Hongtong): both are in small lists below, with Taiwan's places as Taiwan writes them
 *   (臺北 Taipei, 高雄 Kaohsiung) and Hong Kong's and Macao's in Cantonese (九龍 Kowloon, 沙田 Sha Tin, 氹仔
 *   Taipa). 陕西 is Shaanxi, to tell it from 山西 Shanxi.
 * - A place that is not an administrative name (荷花池市场, 火车站附近) is pinyin with a few common words
 *   translated (Market, Railway Station, Road…), "附近/门口/对面/旁边" as "near/outside/opposite/next to …"
 *   and "3号" as "No. 3". Nothing cleverer: a helper reads and corrects it.
 */
import { PROVINCE_SHORT_NAMES, splitPlace } from '@/lib/page-text/place';
import { HAN, capitalise, hanRuns, pinyinWord } from './pinyin';

// Whole names, written as they are known in English. The four municipalities are written without "City".
const WHOLE: Readonly<Record<string, string>> = {
  北京: 'Beijing',
  北京市: 'Beijing',
  上海: 'Shanghai',
  上海市: 'Shanghai',
  天津: 'Tianjin',
  天津市: 'Tianjin',
  重庆: 'Chongqing',
  重庆市: 'Chongqing',
  内蒙古: 'Inner Mongolia',
  内蒙古自治区: 'Inner Mongolia Autonomous Region',
  广西: 'Guangxi',
  广西壮族自治区: 'Guangxi Zhuang Autonomous Region',
  西藏: 'Tibet',
  西藏自治区: 'Tibet Autonomous Region',
  宁夏: 'Ningxia',
  宁夏回族自治区: 'Ningxia Hui Autonomous Region',
  新疆: 'Xinjiang',
  新疆维吾尔自治区: 'Xinjiang Uygur Autonomous Region',
  香港: 'Hong Kong',
  香港特别行政区: 'Hong Kong',
  澳门: 'Macao',
  澳门特别行政区: 'Macao',
  台湾: 'Taiwan',
  台湾省: 'Taiwan',
  // Traditional forms.
  臺灣: 'Taiwan',
  台灣: 'Taiwan',
  香港特別行政區: 'Hong Kong',
  澳門: 'Macao',
  澳門特別行政區: 'Macao',
  新界: 'New Territories',
  // One character and its level word, where the character alone is read otherwise.
  单县: 'Shan County',
  蔚县: 'Yu County',
  歙县: 'She County',
  浚县: 'Xun County',
  // Building words are not places: 大厦 is a building, not 厦 (Xia) of 厦门.
  大厦: 'Building',
};

// Names (without their level word) pinyin-pro gets wrong, or with a conventional English name.
const NAMES: Readonly<Record<string, string>> = {
  乐亭: 'Laoting',
  乐清: 'Yueqing',
  六安: "Lu'an",
  蚌埠: 'Bengbu',
  番禺: 'Panyu',
  铅山: 'Yanshan',
  东阿: "Dong'e",
  丽水: 'Lishui',
  长沙: 'Changsha',
  厦门: 'Xiamen',
  重庆: 'Chongqing',
  陕西: 'Shaanxi',
  洪洞: 'Hongtong',
  黄陂: 'Huangpi',
  大埔: 'Dabu',
  尉犁: 'Yuli',
  吴堡: 'Wubu',
  解州: 'Xiezhou',
  哈尔滨: 'Harbin',
  乌鲁木齐: 'Urumqi',
  呼和浩特: 'Hohhot',
  拉萨: 'Lhasa',
  喀什: 'Kashgar',
  齐齐哈尔: 'Qiqihar',
  鄂尔多斯: 'Ordos',
  // Taiwan writes its places in its own romanisation (Taipei, not Taibei), in both scripts.
  臺北: 'Taipei',
  台北: 'Taipei',
  新北: 'New Taipei',
  桃園: 'Taoyuan',
  桃园: 'Taoyuan',
  臺中: 'Taichung',
  台中: 'Taichung',
  臺南: 'Tainan',
  台南: 'Tainan',
  高雄: 'Kaohsiung',
  基隆: 'Keelung',
  新竹: 'Hsinchu',
  彰化: 'Changhua',
  嘉義: 'Chiayi',
  嘉义: 'Chiayi',
  屏東: 'Pingtung',
  屏东: 'Pingtung',
  花蓮: 'Hualien',
  花莲: 'Hualien',
  臺東: 'Taitung',
  台東: 'Taitung',
  台东: 'Taitung',
  金門: 'Kinmen',
  金门: 'Kinmen',
  // Hong Kong and Macao write theirs in Cantonese.
  九龍: 'Kowloon',
  九龙: 'Kowloon',
  沙田: 'Sha Tin',
  元朗: 'Yuen Long',
  屯門: 'Tuen Mun',
  屯门: 'Tuen Mun',
  荃灣: 'Tsuen Wan',
  荃湾: 'Tsuen Wan',
  觀塘: 'Kwun Tong',
  观塘: 'Kwun Tong',
  深水埗: 'Sham Shui Po',
  灣仔: 'Wan Chai',
  湾仔: 'Wan Chai',
  旺角: 'Mong Kok',
  氹仔: 'Taipa',
  路環: 'Coloane',
  路环: 'Coloane',
};

// Administrative words (Simplified and Traditional), longest first where one ends another.
const LEVELS: readonly (readonly [string, string])[] = [
  ['自治区', 'Autonomous Region'],
  ['自治區', 'Autonomous Region'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治縣', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['新区', 'New Area'],
  ['街道', 'Subdistrict'],
  ['社区', 'Community'],
  ['地区', 'Prefecture'],
  ['地區', 'Prefecture'],
  ['省', 'Province'],
  ['市', 'City'],
  ['区', 'District'],
  ['區', 'District'],
  ['县', 'County'],
  ['縣', 'County'],
  ['镇', 'Town'],
  ['鎮', 'Town'],
  ['乡', 'Township'],
  ['鄉', 'Township'],
  ['村', 'Village'],
  ['盟', 'League'],
  ['旗', 'Banner'],
];
const AUTONOMOUS = /^自治/;

// Peoples named in autonomous places (延边朝鲜族自治州 Yanbian Korean Autonomous Prefecture), written with 族;
// the four marked true also without it (新疆维吾尔自治区, 伊犁哈萨克自治州).
const PEOPLES: readonly (readonly [string, string, boolean])[] = [
  ['壮', 'Zhuang', false],
  ['回', 'Hui', false],
  ['维吾尔', 'Uygur', true],
  ['藏', 'Tibetan', false],
  ['蒙古', 'Mongol', true],
  ['朝鲜', 'Korean', false],
  ['苗', 'Miao', false],
  ['彝', 'Yi', false],
  ['土家', 'Tujia', false],
  ['布依', 'Bouyei', false],
  ['侗', 'Dong', false],
  ['瑶', 'Yao', false],
  ['白', 'Bai', false],
  ['哈尼', 'Hani', false],
  ['哈萨克', 'Kazak', true],
  ['傣', 'Dai', false],
  ['黎', 'Li', false],
  ['傈僳', 'Lisu', false],
  ['佤', 'Va', false],
  ['畲', 'She', false],
  ['拉祜', 'Lahu', false],
  ['水', 'Shui', false],
  ['纳西', 'Naxi', false],
  ['景颇', 'Jingpo', false],
  ['柯尔克孜', 'Kirgiz', true],
  ['土', 'Tu', false],
  ['达斡尔', 'Daur', false],
  ['仫佬', 'Mulao', false],
  ['羌', 'Qiang', false],
  ['撒拉', 'Salar', false],
  ['毛南', 'Maonan', false],
  ['仡佬', 'Gelao', false],
  ['锡伯', 'Xibe', false],
  ['满', 'Manchu', false],
  ['鄂温克', 'Ewenki', false],
  ['鄂伦春', 'Oroqen', false],
];
const PEOPLE_SUFFIXES: readonly (readonly [string, string])[] = PEOPLES.flatMap(([zh, en, bare]) =>
  bare ? [[`${zh}族`, en] as const, [zh, en] as const] : [[`${zh}族`, en] as const],
).sort((a, b) => b[0].length - a[0].length);

// Common words of places that are not administrative names, longest first when scanned.
const WORDS: readonly (readonly [string, string])[] = (
  [
    ['市场', 'Market'],
    ['菜市场', 'Food Market'],
    ['火车站', 'Railway Station'],
    ['高铁站', 'High-speed Railway Station'],
    ['汽车站', 'Bus Station'],
    ['客运站', 'Bus Station'],
    ['地铁站', 'Metro Station'],
    ['车站', 'Station'],
    ['机场', 'Airport'],
    ['码头', 'Pier'],
    ['广场', 'Square'],
    ['公园', 'Park'],
    ['幼儿园', 'Kindergarten'],
    ['小学', 'Primary School'],
    ['中学', 'Middle School'],
    ['大学', 'University'],
    ['学校', 'School'],
    ['医院', 'Hospital'],
    ['人民医院', "People's Hospital"],
    ['超市', 'Supermarket'],
    ['商场', 'Shopping Mall'],
    ['大厦', 'Building'],
    ['大楼', 'Building'],
    ['小区', 'Residential Compound'],
    ['开发区', 'Development Zone'],
    ['工业园', 'Industrial Park'],
    ['路口', 'Junction'],
    ['大桥', 'Bridge'],
    ['大道', 'Avenue'],
    ['大街', 'Street'],
    ['路', 'Road'],
    ['街', 'Street'],
    ['桥', 'Bridge'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

// Where something is, after what it is near (火车站附近 near the Railway Station).
const NEAR: readonly (readonly [string, string])[] = [
  ['附近', 'near'],
  ['门口', 'outside'],
  ['对面', 'opposite'],
  ['旁边', 'next to'],
];

/** The longest entry of a list that the text ends with, leaving something before it. */
function endingOf(text: string, list: readonly (readonly [string, string])[]): readonly [string, string] | undefined {
  let found: readonly [string, string] | undefined;
  for (const entry of list)
    if (text.length > entry[0].length && text.endsWith(entry[0]) && (!found || entry[0].length > found[0].length)) found = entry;
  return found;
}

/** A name without its level word: an override, or pinyin (Chengdu, Xi'an, Lüliang). */
function nameWord(stem: string): string {
  return NAMES[stem] ?? WHOLE[stem] ?? (HAN.test(stem) ? pinyinWord(stem, 'keep') : stem);
}

/** An administrative name in English, or null when the text does not end with a level word. */
function administrative(text: string, cityWord: boolean): string | null {
  const level = endingOf(text, LEVELS);
  if (!level) return null;
  // 荷花池小区: a common word ending as long as the level word (小区 against 区) is not a level.
  const word = endingOf(text, WORDS);
  if (word && word[0].length >= level[0].length) return null;
  let stem = text.slice(0, -level[0].length).trim();
  const peoples: string[] = [];
  if (AUTONOMOUS.test(level[0])) {
    for (let people = endingOf(stem, PEOPLE_SUFFIXES); people; people = endingOf(stem, PEOPLE_SUFFIXES)) {
      peoples.unshift(people[1]);
      stem = stem.slice(0, -people[0].length);
    }
  }
  const name = nameWord(stem);
  const last = peoples.pop();
  const who = peoples.length === 0 ? (last ?? '') : `${peoples.join(', ')} and ${last ?? ''}`;
  const levelWord = level[0] === '市' && !cityWord ? '' : level[1];
  return [name, who, levelWord].filter((s) => s !== '').join(' ');
}

/** Pinyin for what is not a known word, the known words in English, digits and letters kept. */
function freeText(text: string): string {
  const near = endingOf(text, NEAR);
  if (near) return `${near[1]} ${freeText(text.slice(0, -near[0].length))}`;
  const words: string[] = [];
  for (const run of hanRuns(text.replace(/(\d+)\s*号/gu, ' No. $1 '))) {
    if (!run.han) {
      words.push(run.text.trim());
      continue;
    }
    let pending = '';
    const flush = () => {
      if (pending !== '') words.push(nameWord(pending));
      pending = '';
    };
    for (let at = 0; at < run.text.length;) {
      const known =
        WORDS.find(([zh]) => run.text.startsWith(zh, at)) ??
        Object.entries(NAMES).find(([zh]) => zh.length > 1 && run.text.startsWith(zh, at));
      const province = known || at > 0 || words.length > 0 ? undefined : PROVINCE_SHORT_NAMES.find((zh) => run.text.startsWith(zh));
      if (known) {
        flush();
        words.push(known[1]);
        at += known[0].length;
      } else if (province !== undefined) {
        // 湖南邵阳: a province said short at the start is a word of its own (Hunan Shaoyang); not inside (西湖北路).
        flush();
        words.push(nameWord(province));
        at += province.length;
      } else {
        pending += run.text.charAt(at);
        at += 1;
      }
    }
    flush();
  }
  return capitalise(words.filter((w) => w !== '').join(' '));
}

function placeLevel(chinese: string, cityWord: boolean): string {
  const text = chinese.trim();
  if (!HAN.test(text)) return text;
  const whole = WHOLE[text];
  if (whole !== undefined) return whole;
  return administrative(text, cityWord) ?? freeText(text);
}

/** One place name in English for an appeal: "Jinniu District", "Chengdu City", "Sichuan Province", "Xi'an", with overrides. */
export function romanizePlace(chinese: string): string {
  // Given several levels after all (成都市金牛区), each is written, small to big.
  const levels = englishLevels(chinese.trim());
  return levels.length > 1 ? levels.join(', ') : placeLevel(chinese, true);
}

const TOWN = /^\p{Script=Han}{1,8}?(?:街道|镇|乡|鎮|鄉)/u;
const VILLAGE = /^\p{Script=Han}{1,8}?(?:村|社区)/u;

/** What follows the district (吴台镇李庄村小学): the spot, the village, the town, small to big. */
function belowDistrict(rest: string): string[] {
  let at = 0;
  const town = TOWN.exec(rest)?.[0];
  if (town !== undefined) at += town.length;
  const village = VILLAGE.exec(rest.slice(at))?.[0];
  if (village !== undefined) at += village.length;
  const spot = rest.slice(at);
  // 新镇路: a town must be followed by a village, by nothing, or by more than one character.
  if (town === undefined || (village === undefined && spot.length === 1)) {
    const villageOnly = VILLAGE.exec(rest)?.[0];
    if (villageOnly !== undefined && rest.length - villageOnly.length !== 1)
      return [rest.slice(villageOnly.length), villageOnly].filter((s) => s !== '').map((s) => placeLevel(s, true));
    return rest === '' ? [] : [placeLevel(rest, true)];
  }
  return [spot, village ?? '', town].filter((s) => s !== '').map((s) => placeLevel(s, true));
}

/** A whole place's levels in English, small to big (a city without "City": Chengdu, as addresses write it). */
function englishLevels(text: string): string[] {
  const { province, city, district, rest } = splitPlace(text);
  const levels = belowDistrict(rest);
  if (district !== '') levels.push(placeLevel(district, true));
  if (city !== '' && city !== province) levels.push(placeLevel(city, false));
  if (province !== '') levels.push(placeLevel(province, true));
  return levels.filter((s) => s !== '');
}

/** "Jinniu District, Chengdu, Sichuan Province (四川省成都市金牛区)": a whole place (several levels, in the order Chinese writes them, big to small) in English order (small to big), the original kept beside it. */
export function appealPlace(chinese: string): string {
  const original = chinese.trim().replace(/\s+/gu, ' ');
  if (!HAN.test(original)) return original;
  const english = englishLevels(original).join(', ');
  return english === '' ? original : `${english} (${original})`;
}
