;; `and`, `or` and `xor` have no locked form that returns the old value: the old value
;; is loaded into `rax`, the new one computed beside it, and `lock cmpxchg` retries
;; until no other write came between.

(module
  (memory 1 1 shared)
  (func (export "i32_or") (param $a i32) (param $v i32) (result i32)
    (i32.atomic.rmw.or (local.get $a) (local.get $v)))
  (func (export "i64_xor16_u") (param $a i32) (param $v i64) (result i64)
    (i64.atomic.rmw16.xor_u (local.get $a) (local.get $v))))

;; function 0 (export "i32_or"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000053
;;     1e: mov     edx,[rbp+0x10]
;;     23: mov     esi,[rbp+0x18]
;;     28: test    sil,3
;;     2c: jne     0x00000000000000A6
;;     32: mov     r11,[r14+0x10]
;;     37: mov     eax,[r11+rsi]
;;     3c: mov     rcx,rax
;;     3f: or      ecx,edx
;;     42: lock cmpxchg [r11+rsi],ecx
;;     49: jne     0x000000000000003C
;;     4f: leave
;;     50: ret     0x10
;;     53: cmp     dword ptr [r11+0x14],0
;;     5c: jne     0x0000000000000072
;;     62: cmp     rax,[r11+0x38]
;;     67: jb      0x000000000000008C
;;     6d: jmp     0x000000000000001E
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x40
;;     80: mov     eax,0xA
;;     86: mov     rsp,[r11+8]
;;     8b: ret
;;     8c: mov     r11,[r14]
;;     91: mov     qword ptr [r11+0x18],0x40
;;     9a: mov     eax,9
;;     a0: mov     rsp,[r11+8]
;;     a5: ret
;;     a6: mov     r11,[r14]
;;     ab: mov     qword ptr [r11+0x18],0x45
;;     b4: mov     eax,0xF
;;     ba: mov     rsp,[r11+8]
;;     bf: ret

;; function 1 (export "i64_xor16_u"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: mov     rdx,[rbp+0x10]
;;     23: mov     esi,[rbp+0x18]
;;     28: test    sil,1
;;     2c: jne     0x00000000000000A8
;;     32: mov     r11,[r14+0x10]
;;     37: movzx   eax,word ptr [r11+rsi]
;;     3d: mov     rcx,rax
;;     40: xor     ecx,edx
;;     43: lock cmpxchg [r11+rsi],cx
;;     4b: jne     0x000000000000003D
;;     51: leave
;;     52: ret     0x10
;;     55: cmp     dword ptr [r11+0x14],0
;;     5e: jne     0x0000000000000074
;;     64: cmp     rax,[r11+0x38]
;;     69: jb      0x000000000000008E
;;     6f: jmp     0x000000000000001E
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x4B
;;     82: mov     eax,0xA
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x4B
;;     9c: mov     eax,9
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
;;     a8: mov     r11,[r14]
;;     ad: mov     qword ptr [r11+0x18],0x50
;;     b6: mov     eax,0xF
;;     bc: mov     rsp,[r11+8]
;;     c1: ret
