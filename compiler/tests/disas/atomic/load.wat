;; Atomic loads are plain moves (zero-extending when narrow) after the alignment test of
;; index + offset: `test` of the index's low bits when the offset is a multiple of the
;; size, of the index plus the offset's remainder otherwise; then the guard-page access.

(module
  (memory 1 1 shared)
  (func (export "i32") (param $a i32) (result i32)
    (i32.atomic.load offset=8 (local.get $a)))
  (func (export "i64_load16_u_odd_offset") (param $a i32) (result i64)
    (i64.atomic.load16_u offset=3 (local.get $a)))
  (func (export "load8_u") (param $a i32) (result i32)
    (i32.atomic.load8_u (local.get $a))))

;; function 0 (export "i32"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003B
;;     1e: mov     eax,[rbp+0x10]
;;     23: test    al,3
;;     27: jne     0x000000000000008E
;;     2d: mov     r11,[r14+0x10]
;;     32: mov     eax,[r11+rax+8]
;;     37: leave
;;     38: ret     8
;;     3b: cmp     dword ptr [r11+0x14],0
;;     44: jne     0x000000000000005A
;;     4a: cmp     rax,[r11+0x38]
;;     4f: jb      0x0000000000000074
;;     55: jmp     0x000000000000001E
;;     5a: mov     r11,[r14]
;;     5f: mov     qword ptr [r11+0x18],0x52
;;     68: mov     eax,0xA
;;     6e: mov     rsp,[r11+8]
;;     73: ret
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x52
;;     82: mov     eax,9
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x55
;;     9c: mov     eax,0xF
;;     a2: mov     rsp,[r11+8]
;;     a7: ret

;; function 1 (export "i64_load16_u_odd_offset"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000043
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11d,eax
;;     26: add     r11d,1
;;     2a: test    r11b,1
;;     2e: jne     0x0000000000000096
;;     34: mov     r11,[r14+0x10]
;;     39: movzx   eax,word ptr [r11+rax+3]
;;     3f: leave
;;     40: ret     8
;;     43: cmp     dword ptr [r11+0x14],0
;;     4c: jne     0x0000000000000062
;;     52: cmp     rax,[r11+0x38]
;;     57: jb      0x000000000000007C
;;     5d: jmp     0x000000000000001E
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x5B
;;     70: mov     eax,0xA
;;     76: mov     rsp,[r11+8]
;;     7b: ret
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x5B
;;     8a: mov     eax,9
;;     90: mov     rsp,[r11+8]
;;     95: ret
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x5E
;;     a4: mov     eax,0xF
;;     aa: mov     rsp,[r11+8]
;;     af: ret

;; function 2 (export "load8_u"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000032
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11,[r14+0x10]
;;     28: movzx   eax,byte ptr [r11+rax]
;;     2e: leave
;;     2f: ret     8
;;     32: cmp     dword ptr [r11+0x14],0
;;     3b: jne     0x0000000000000051
;;     41: cmp     rax,[r11+0x38]
;;     46: jb      0x000000000000006B
;;     4c: jmp     0x000000000000001E
;;     51: mov     r11,[r14]
;;     56: mov     qword ptr [r11+0x18],0x64
;;     5f: mov     eax,0xA
;;     65: mov     rsp,[r11+8]
;;     6a: ret
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x64
;;     79: mov     eax,9
;;     7f: mov     rsp,[r11+8]
;;     84: ret
