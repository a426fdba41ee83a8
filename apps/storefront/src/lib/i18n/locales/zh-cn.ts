import type { LocaleStrings } from './en';

// Simplified Chinese strings, typed against the English ones so no key can go missing.
export const zhCN: LocaleStrings = {
  brand: {
    name: 'NoteShop',
    home: 'NoteShop 首页',
  },
  meta: {
    title: 'NoteShop · 逛笔记，买好物',
    productTitle: '{{title}} · NoteShop',
    notFoundTitle: '页面不存在 · NoteShop',
  },
  language: {
    label: '语言',
    en: 'EN',
    zhCN: '中文',
  },
  region: {
    label: '地区和币种',
    option: '{{name}} · {{currency}}',
    names: {
      usd: '美国',
      cny: '中国',
    },
  },
  catalog: {
    heading: '发现',
    categories: {
      label: '分类',
      all: '全部',
      fashion: '穿搭',
      makeup: '美妆',
      travel: '旅行',
    },
    loading: '正在加载商品…',
    loadMore: '加载更多',
    loadingMore: '加载中…',
    end: '已经到底啦',
    empty: {
      title: '这里还没有商品',
      body: '这个分类暂时没有商品，换个分类看看吧。',
    },
    error: {
      title: '商品加载失败',
      body: '请检查网络连接后重试。',
    },
  },
  price: {
    from: '{{price}} 起',
    unavailable: '暂无报价',
  },
  product: {
    outOfStock: '缺货',
    soldOut: '售罄',
    noImage: '暂无图片',
    imageAlt: '{{title}}，第 {{index}} 张，共 {{count}} 张',
    showImage: '查看第 {{index}} 张图片',
    imageCounter: '{{index}} / {{count}}',
    gallery: '商品图片',
    selectedVariant: '已选：{{variant}}',
    description: '商品详情',
    addToBagSoon: '加入购物袋 · 即将上线',
    notFound: {
      title: '商品不存在',
      body: '该商品不存在或已下架。',
    },
  },
  common: {
    retry: '重试',
    backHome: '返回首页',
  },
  notFound: {
    title: '页面不存在',
    body: '你要找的页面不存在。',
  },
  error: {
    title: '出错了',
    body: '发生了意外错误，请稍后重试。',
  },
};
