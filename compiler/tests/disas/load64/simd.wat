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
;;     18: jb      0x000000000000004D
;;     1e: mov     rax,[rbp+0x18]
;;     23: add     rax,0x30
;;     27: jb      0x00000000000000A0
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x00000000000000A0
;;     3d: mov     r11,[r14+0x10]
;;     42: movdqu  xmm0,[r11+rax-0x10]
;;     49: leave
;;     4a: ret     0x10
;;     4d: cmp     dword ptr [r11+0x14],0
;;     56: jne     0x000000000000006C
;;     5c: cmp     rax,[r11+0x38]
;;     61: jb      0x0000000000000086
;;     67: jmp     0x000000000000001E
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x3A
;;     7a: mov     eax,0xA
;;     80: mov     rsp,[r11+8]
;;     85: ret
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x3A
;;     94: mov     eax,9
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x3D
;;     ae: mov     eax,5
;;     b4: mov     rsp,[r11+8]
;;     b9: ret

;; function 0 (export "load"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004D
;;     1e: mov     rax,[rbp+0x18]
;;     23: add     rax,0x30
;;     27: jb      0x00000000000000A0
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x00000000000000A0
;;     3d: mov     r11,[r14+0x10]
;;     42: vmovdqu xmm0,[r11+rax-0x10]
;;     49: leave
;;     4a: ret     0x10
;;     4d: cmp     dword ptr [r11+0x14],0
;;     56: jne     0x000000000000006C
;;     5c: cmp     rax,[r11+0x38]
;;     61: jb      0x0000000000000086
;;     67: jmp     0x000000000000001E
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x3A
;;     7a: mov     eax,0xA
;;     80: mov     rsp,[r11+8]
;;     85: ret
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x3A
;;     94: mov     eax,9
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x3D
;;     ae: mov     eax,5
;;     b4: mov     rsp,[r11+8]
;;     b9: ret

;; function 1 (export "store_lane"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000056
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: mov     rax,[rbp+0x20]
;;     2a: add     rax,6
;;     2e: jb      0x00000000000000A9
;;     34: mov     r11,[r14+0x18]
;;     39: cmp     rax,[r11+8]
;;     3e: ja      0x00000000000000A9
;;     44: mov     r11,[r14+0x10]
;;     49: pextrd  [r11+rax-4],xmm0,1
;;     52: leave
;;     53: ret     0x18
;;     56: cmp     dword ptr [r11+0x14],0
;;     5f: jne     0x0000000000000075
;;     65: cmp     rax,[r11+0x38]
;;     6a: jb      0x000000000000008F
;;     70: jmp     0x000000000000001E
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x43
;;     83: mov     eax,0xA
;;     89: mov     rsp,[r11+8]
;;     8e: ret
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x43
;;     9d: mov     eax,9
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
;;     a9: mov     r11,[r14]
;;     ae: mov     qword ptr [r11+0x18],0x48
;;     b7: mov     eax,5
;;     bd: mov     rsp,[r11+8]
;;     c2: ret

;; function 1 (export "store_lane"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: mov     rax,[rbp+0x20]
;;     2a: add     rax,6
;;     2e: jb      0x00000000000000A8
;;     34: mov     r11,[r14+0x18]
;;     39: cmp     rax,[r11+8]
;;     3e: ja      0x00000000000000A8
;;     44: mov     r11,[r14+0x10]
;;     49: vpextrd [r11+rax-4],xmm0,1
;;     51: leave
;;     52: ret     0x18
;;     55: cmp     dword ptr [r11+0x14],0
;;     5e: jne     0x0000000000000074
;;     64: cmp     rax,[r11+0x38]
;;     69: jb      0x000000000000008E
;;     6f: jmp     0x000000000000001E
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x43
;;     82: mov     eax,0xA
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x43
;;     9c: mov     eax,9
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
;;     a8: mov     r11,[r14]
;;     ad: mov     qword ptr [r11+0x18],0x48
;;     b6: mov     eax,5
;;     bc: mov     rsp,[r11+8]
;;     c1: ret
