import { describe, expect, it } from 'vitest';
import { appealPlace, romanizePlace } from '@/lib/translate/places';

describe('romanizePlace', () => {
  it('writes the name in pinyin and translates the level word', () => {
    expect(romanizePlace('金牛区')).toBe('Jinniu District');
    expect(romanizePlace('成都市')).toBe('Chengdu City');
    expect(romanizePlace('四川省')).toBe('Sichuan Province');
    expect(romanizePlace('郸城县')).toBe('Dancheng County');
    expect(romanizePlace('吴台镇')).toBe('Wutai Town');
    expect(romanizePlace('柏乡')).toBe('Bai Township');
    expect(romanizePlace('李庄村')).toBe('Lizhuang Village');
    expect(romanizePlace('荷花池街道')).toBe('Hehuachi Subdistrict');
    expect(romanizePlace('阿里地区')).toBe('Ali Prefecture');
    expect(romanizePlace('锡林郭勒盟')).toBe('Xilinguole League');
    expect(romanizePlace('正蓝旗')).toBe('Zhenglan Banner');
    expect(romanizePlace('浦东新区')).toBe('Pudong New Area');
    expect(romanizePlace('  西安  ')).toBe("Xi'an");
  });

  it('names the autonomous places with their peoples', () => {
    expect(romanizePlace('延边朝鲜族自治州')).toBe('Yanbian Korean Autonomous Prefecture');
    expect(romanizePlace('湘西土家族苗族自治州')).toBe('Xiangxi Tujia and Miao Autonomous Prefecture');
    expect(romanizePlace('伊犁哈萨克自治州')).toBe('Yili Kazak Autonomous Prefecture');
    expect(romanizePlace('峨边彝族自治县')).toBe('Ebian Yi Autonomous County');
  });

  it('uses the conventional names of the municipalities, autonomous regions, Hong Kong, Macao and Taiwan', () => {
    expect(romanizePlace('北京市')).toBe('Beijing');
    expect(romanizePlace('上海')).toBe('Shanghai');
    expect(romanizePlace('天津市')).toBe('Tianjin');
    expect(romanizePlace('重庆市')).toBe('Chongqing');
    expect(romanizePlace('内蒙古自治区')).toBe('Inner Mongolia Autonomous Region');
    expect(romanizePlace('广西壮族自治区')).toBe('Guangxi Zhuang Autonomous Region');
    expect(romanizePlace('西藏自治区')).toBe('Tibet Autonomous Region');
    expect(romanizePlace('宁夏回族自治区')).toBe('Ningxia Hui Autonomous Region');
    expect(romanizePlace('新疆维吾尔自治区')).toBe('Xinjiang Uygur Autonomous Region');
    expect(romanizePlace('香港特别行政区')).toBe('Hong Kong');
    expect(romanizePlace('澳门')).toBe('Macao');
    expect(romanizePlace('台湾省')).toBe('Taiwan');
    expect(romanizePlace('陕西省')).toBe('Shaanxi Province');
    expect(romanizePlace('山西省')).toBe('Shanxi Province');
  });

  it('writes Taiwan’s places as Taiwan does, and Hong Kong’s and Macao’s in Cantonese, in both scripts', () => {
    expect(romanizePlace('臺北市')).toBe('Taipei City');
    expect(appealPlace('台北市')).toBe('Taipei (台北市)');
    expect(romanizePlace('高雄市')).toBe('Kaohsiung City');
    expect(romanizePlace('新竹縣')).toBe('Hsinchu County');
    expect(romanizePlace('臺灣')).toBe('Taiwan');
    expect(romanizePlace('九龍')).toBe('Kowloon');
    expect(romanizePlace('沙田區')).toBe('Sha Tin District');
    expect(romanizePlace('澳門')).toBe('Macao');
    expect(appealPlace('臺灣臺中市')).toBe('Taichung, Taiwan (臺灣臺中市)');
    // A whole place in Traditional is split as in Simplified, each box in its own script.
    expect(appealPlace('廣東省深圳市寶安區')).toBe("Bao'an District, Shenzhen, Guangdong Province (廣東省深圳市寶安區)");
    expect(appealPlace('重慶市渝北區')).toBe('Yubei District, Chongqing (重慶市渝北區)');
  });

  it('puts an apostrophe where syllables would run together', () => {
    expect(romanizePlace('西安')).toBe("Xi'an");
    expect(romanizePlace('宝安区')).toBe("Bao'an District");
    expect(romanizePlace('延安市')).toBe("Yan'an City");
    expect(romanizePlace('天峨县')).toBe("Tian'e County");
  });

  it('overrides names pinyin tools get wrong', () => {
    expect(romanizePlace('乐亭县')).toBe('Laoting County');
    expect(romanizePlace('单县')).toBe('Shan County');
    expect(romanizePlace('六安市')).toBe("Lu'an City");
    expect(romanizePlace('蚌埠市')).toBe('Bengbu City');
    expect(romanizePlace('番禺区')).toBe('Panyu District');
    expect(romanizePlace('铅山县')).toBe('Yanshan County');
    expect(romanizePlace('东阿县')).toBe("Dong'e County");
    expect(romanizePlace('丽水市')).toBe('Lishui City');
    expect(romanizePlace('长沙')).toBe('Changsha');
    expect(romanizePlace('厦门市')).toBe('Xiamen City');
    expect(romanizePlace('洪洞县')).toBe('Hongtong County');
    expect(romanizePlace('哈尔滨市')).toBe('Harbin City');
    expect(romanizePlace('乐清市')).toBe('Yueqing City');
    expect(romanizePlace('吕梁市')).toBe('Lüliang City');
  });

  it('writes places that are not administrative names as pinyin with common words translated', () => {
    expect(romanizePlace('荷花池市场')).toBe('Hehuachi Market');
    expect(romanizePlace('火车站附近')).toBe('near Railway Station');
    expect(romanizePlace('汽车站门口')).toBe('outside Bus Station');
    expect(romanizePlace('人民公园')).toBe('Renmin Park');
    expect(romanizePlace('天府广场')).toBe('Tianfu Square');
    expect(romanizePlace('实验小学')).toBe('Shiyan Primary School');
    expect(romanizePlace('华西医院')).toBe('Huaxi Hospital');
    expect(romanizePlace('中山路3号')).toBe('Zhongshan Road No. 3');
    expect(romanizePlace('解放街')).toBe('Jiefang Street');
    expect(romanizePlace('阳光小区')).toBe('Yangguang Residential Compound');
    expect(romanizePlace('万达大厦')).toBe('Wanda Building');
    expect(romanizePlace('大厦')).toBe('Building');
    expect(romanizePlace('厦门火车站')).toBe('Xiamen Railway Station');
    expect(romanizePlace('北京路')).toBe('Beijing Road');
    expect(romanizePlace('Wanda')).toBe('Wanda');
  });
});

describe('appealPlace', () => {
  it('writes a whole place small to big, the original beside it', () => {
    expect(appealPlace('四川省成都市金牛区')).toBe('Jinniu District, Chengdu, Sichuan Province (四川省成都市金牛区)');
    expect(appealPlace('河南省周口市郸城县吴台镇李庄村')).toBe(
      'Lizhuang Village, Wutai Town, Dancheng County, Zhoukou, Henan Province (河南省周口市郸城县吴台镇李庄村)',
    );
    expect(appealPlace('四川省成都市荷花池市场')).toBe('Hehuachi Market, Chengdu, Sichuan Province (四川省成都市荷花池市场)');
    expect(appealPlace('广东省,云浮市')).toBe('Yunfu, Guangdong Province (广东省,云浮市)');
    expect(appealPlace('广东省云浮市罗定市')).toBe('Luoding City, Yunfu, Guangdong Province (广东省云浮市罗定市)');
    expect(appealPlace('吉林省延边朝鲜族自治州延吉市')).toBe(
      'Yanji City, Yanbian Korean Autonomous Prefecture, Jilin Province (吉林省延边朝鲜族自治州延吉市)',
    );
    expect(appealPlace('吉林市船营区')).toBe('Chuanying District, Jilin (吉林市船营区)');
  });

  it('writes a municipality once', () => {
    expect(appealPlace('北京市朝阳区')).toBe('Chaoyang District, Beijing (北京市朝阳区)');
    expect(appealPlace('北京市朝阳区三里屯')).toBe('Sanlitun, Chaoyang District, Beijing (北京市朝阳区三里屯)');
    expect(appealPlace('上海浦东新区')).toBe('Pudong New Area, Shanghai (上海浦东新区)');
    expect(appealPlace('重庆市渝中区解放碑')).toBe('Jiefangbei, Yuzhong District, Chongqing (重庆市渝中区解放碑)');
  });

  it('keeps the autonomous regions conventional', () => {
    expect(appealPlace('广西壮族自治区桂林市')).toBe('Guilin, Guangxi Zhuang Autonomous Region (广西壮族自治区桂林市)');
    expect(appealPlace('新疆乌鲁木齐市')).toBe('Urumqi, Xinjiang (新疆乌鲁木齐市)');
  });

  it('writes a place it cannot split as one piece', () => {
    expect(appealPlace('火车站附近')).toBe('near Railway Station (火车站附近)');
    expect(appealPlace('湖南邵阳')).toBe('Hunan Shaoyang (湖南邵阳)');
    expect(appealPlace('吴台镇李庄村')).toBe('Lizhuang Village, Wutai Town (吴台镇李庄村)');
    expect(appealPlace('新镇路')).toBe('Xinzhen Road (新镇路)');
  });

  it('leaves text without Han characters as it is', () => {
    expect(appealPlace('  Chengdu ')).toBe('Chengdu');
    expect(appealPlace('')).toBe('');
  });
});
