;; v128 accesses to a 64-bit memory: the check uses each access's size (16 bytes for
;; a full load, 4 for a 32-bit lane store).

(module
  (memory i64 1)
  (func (export "load") (param $a i64) (result v128)
    (v128.load offset=32 (local.get $a)))
  (func (export "store_lane") (param $a i64) (param $v v128)
    (v128.store32_lane offset=2 1 (local.get $a) (local.get $v))))

;; function 0 (export "load"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004B
;;     1e: mov     rax,[rbp+0x18]
;;     23: add     rax,0x30
;;     27: jb      0x000000000000009E
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x000000000000009E
;;     3d: mov     r11,[r14+0x10]
;;     42: movdqu  xmm0,[r11+rax-0x10]
;;     49: leave
;;     4a: ret
;;     4b: cmp     dword ptr [r11+0x14],0
;;     54: jne     0x000000000000006A
;;     5a: cmp     rax,[r11+0x38]
;;     5f: jb      0x0000000000000084
;;     65: jmp     0x000000000000001E
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x3A
;;     78: mov     eax,0xA
;;     7e: mov     rsp,[r11+8]
;;     83: ret
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x3A
;;     92: mov     eax,9
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x3D
;;     ac: mov     eax,5
;;     b2: mov     rsp,[r11+8]
;;     b7: ret

;; function 0 (export "load"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004B
;;     1e: mov     rax,[rbp+0x18]
;;     23: add     rax,0x30
;;     27: jb      0x000000000000009E
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x000000000000009E
;;     3d: mov     r11,[r14+0x10]
;;     42: vmovdqu xmm0,[r11+rax-0x10]
;;     49: leave
;;     4a: ret
;;     4b: cmp     dword ptr [r11+0x14],0
;;     54: jne     0x000000000000006A
;;     5a: cmp     rax,[r11+0x38]
;;     5f: jb      0x0000000000000084
;;     65: jmp     0x000000000000001E
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x3A
;;     78: mov     eax,0xA
;;     7e: mov     rsp,[r11+8]
;;     83: ret
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x3A
;;     92: mov     eax,9
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x3D
;;     ac: mov     eax,5
;;     b2: mov     rsp,[r11+8]
;;     b7: ret

;; function 1 (export "store_lane"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000054
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: mov     rax,[rbp+0x20]
;;     2a: add     rax,6
;;     2e: jb      0x00000000000000A7
;;     34: mov     r11,[r14+0x18]
;;     39: cmp     rax,[r11+8]
;;     3e: ja      0x00000000000000A7
;;     44: mov     r11,[r14+0x10]
;;     49: pextrd  [r11+rax-4],xmm0,1
;;     52: leave
;;     53: ret
;;     54: cmp     dword ptr [r11+0x14],0
;;     5d: jne     0x0000000000000073
;;     63: cmp     rax,[r11+0x38]
;;     68: jb      0x000000000000008D
;;     6e: jmp     0x000000000000001E
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x43
;;     81: mov     eax,0xA
;;     87: mov     rsp,[r11+8]
;;     8c: ret
;;     8d: mov     r11,[r14]
;;     92: mov     qword ptr [r11+0x18],0x43
;;     9b: mov     eax,9
;;     a1: mov     rsp,[r11+8]
;;     a6: ret
;;     a7: mov     r11,[r14]
;;     ac: mov     qword ptr [r11+0x18],0x48
;;     b5: mov     eax,5
;;     bb: mov     rsp,[r11+8]
;;     c0: ret

;; function 1 (export "store_lane"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000053
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: mov     rax,[rbp+0x20]
;;     2a: add     rax,6
;;     2e: jb      0x00000000000000A6
;;     34: mov     r11,[r14+0x18]
;;     39: cmp     rax,[r11+8]
;;     3e: ja      0x00000000000000A6
;;     44: mov     r11,[r14+0x10]
;;     49: vpextrd [r11+rax-4],xmm0,1
;;     51: leave
;;     52: ret
;;     53: cmp     dword ptr [r11+0x14],0
;;     5c: jne     0x0000000000000072
;;     62: cmp     rax,[r11+0x38]
;;     67: jb      0x000000000000008C
;;     6d: jmp     0x000000000000001E
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x43
;;     80: mov     eax,0xA
;;     86: mov     rsp,[r11+8]
;;     8b: ret
;;     8c: mov     r11,[r14]
;;     91: mov     qword ptr [r11+0x18],0x43
;;     9a: mov     eax,9
;;     a0: mov     rsp,[r11+8]
;;     a5: ret
;;     a6: mov     r11,[r14]
;;     ab: mov     qword ptr [r11+0x18],0x48
;;     b4: mov     eax,5
;;     ba: mov     rsp,[r11+8]
;;     bf: ret
